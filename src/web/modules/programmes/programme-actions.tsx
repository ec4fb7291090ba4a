import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconChartBar, IconCopyPlus, IconPencil } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import 'dayjs/locale/fr';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { AppModal } from '../../ui/app-modal';
import { ErrorAlert, useErrorMessage } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import { labelOf } from '../../ui/translated-text';
import { parseTypedDate } from '../menu/typed-date';
import { programmeStatusLabel } from './programme-labels';
import { type Programme, programmeKeys, useCreateVersion, useProgrammeTransition } from './programmes.api';

/** The browser's today as `YYYY-MM-DD` (the agreement is usually recorded on the day). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A field error of a refused step, by the body's field name. */
function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fieldErrors.find((e) => e.path === field)?.message;
}

/** The error of a refused step that belongs to no field of the dialog. */
function generalError(error: unknown, fields: string[]): unknown {
  if (!(error instanceof ApiError)) return error;
  return error.fieldErrors.some((e) => fields.includes(e.path)) ? null : error;
}

type Dialog = 'returned' | 'agreed' | null;

/**
 * The steps the caller may take now (the server says which), plus edit and "new version". Returning
 * asks for the comment the partner will read; agreeing asks the date and who agreed.
 */
export function ProgrammeActions({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const move = useProgrammeTransition();
  const createVersion = useCreateVersion();
  const errorMessage = useErrorMessage();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [comment, setComment] = useState('');
  const [agreedOn, setAgreedOn] = useState(today());
  const [byPartner, setByPartner] = useState('');
  const [byAlliance, setByAlliance] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const locale = currentLocale();
  const partnerName = labelOf(programme.partner.name);

  const onStepError = (error: unknown) => {
    if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
      void client.invalidateQueries({ queryKey: programmeKeys.detail(programme.id) });
    }
  };

  const step = (body: Parameters<typeof move.mutate>[0]['body'], inDialog: boolean) =>
    move.mutate(
      { programme, body },
      {
        onSuccess: () => {
          setDialog(null);
          notifications.show({
            color: 'green',
            message: t('programme.moved', { status: programmeStatusLabel(t, body.to) }),
          });
        },
        onError: (error) => {
          if (!inDialog) notifications.show({ color: 'red', message: errorMessage(error) });
          onStepError(error);
        },
      },
    );

  const open = (which: Exclude<Dialog, null>) => {
    move.reset();
    setCommentMissing(false);
    setDialog(which);
  };

  const submitReturn = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) return setCommentMissing(true);
    step({ to: 'returned', comment: comment.trim() }, true);
  };
  const submitAgree = (event: FormEvent) => {
    event.preventDefault();
    step(
      { to: 'agreed', agreedOn, agreedByPartner: byPartner.trim(), agreedByAlliance: byAlliance.trim() },
      true,
    );
  };

  return (
    <>
      <Group gap="xs" data-testid="programme-actions" role="group" aria-label={t('programme.actions')}>
        <Button
          component={Link}
          to={`/programmes/${programme.id}/report`}
          variant="default"
          leftSection={<IconChartBar size={16} aria-hidden />}
          data-testid="programme-report"
        >
          {t('programmeReport.title')}
        </Button>
        {programme.editable && (
          <Button
            component={Link}
            to={`/programmes/${programme.id}/edit`}
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            data-testid="programme-edit"
          >
            {t('common.edit')}
          </Button>
        )}
        {programme.transitions.map((to) => (
          <Button
            key={to}
            // Forward steps in the primary colour (its filled shade keeps 4.5:1); returning stands apart.
            variant={to === 'returned' ? 'outline' : 'filled'}
            color={to === 'returned' ? 'orange' : undefined}
            loading={move.isPending && dialog === null}
            onClick={() => (to === 'returned' || to === 'agreed' ? open(to) : step({ to }, false))}
          >
            {t(`programme.to.${to}`)}
          </Button>
        ))}
        {programme.canCreateVersion && (
          <Button
            variant="light"
            leftSection={<IconCopyPlus size={16} aria-hidden />}
            loading={createVersion.isPending}
            onClick={() =>
              createVersion.mutate(programme, {
                onSuccess: (saved) => {
                  notifications.show({
                    color: 'green',
                    message: t('programme.versionCreated', { n: saved.programme.versionNo }),
                  });
                  navigate(`/programmes/${saved.programme.id}/edit`);
                },
                onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
              })
            }
          >
            {t('programme.newVersion')}
          </Button>
        )}
      </Group>

      <AppModal
        opened={dialog === 'returned'}
        onClose={() => setDialog(null)}
        title={t('programme.returnTitle')}
      >
        <form onSubmit={submitReturn} noValidate>
          <Stack gap="md">
            <ErrorAlert error={generalError(move.error, ['comment'])} />
            <Textarea
              label={t('programme.returnComment')}
              description={t('programme.returnCommentHint')}
              required
              autosize
              minRows={4}
              maxLength={4000}
              value={comment}
              onChange={(event) => {
                setComment(event.currentTarget.value);
                setCommentMissing(false);
              }}
              error={commentMissing ? t('validation.required') : fieldError(move.error, 'comment')}
              data-autofocus
            />
            <ModalActions
              onCancel={() => setDialog(null)}
              pending={move.isPending}
              submitLabel={t('programme.to.returned')}
            />
          </Stack>
        </form>
      </AppModal>

      <AppModal
        opened={dialog === 'agreed'}
        onClose={() => setDialog(null)}
        title={t('programme.agreeTitle')}
      >
        <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
          <form onSubmit={submitAgree} noValidate>
            <Stack gap="md">
              <ErrorAlert
                error={generalError(move.error, ['agreedOn', 'agreedByPartner', 'agreedByAlliance'])}
              />
              <DateInput
                label={t('programme.agreedOn')}
                required
                value={agreedOn || null}
                onChange={(value) => setAgreedOn(value ?? '')}
                valueFormat="D MMM YYYY"
                dateParser={(input) => parseTypedDate(input, currentLocale())}
                error={fieldError(move.error, 'agreedOn')}
                data-autofocus
              />
              <TextInput
                label={t('programme.agreedByPartner', { partner: partnerName })}
                description={t('programme.agreedByHint')}
                maxLength={300}
                value={byPartner}
                onChange={(event) => setByPartner(event.currentTarget.value)}
                error={fieldError(move.error, 'agreedByPartner')}
              />
              <TextInput
                label={t('programme.agreedByAlliance')}
                description={t('programme.agreedByHint')}
                maxLength={300}
                value={byAlliance}
                onChange={(event) => setByAlliance(event.currentTarget.value)}
                error={fieldError(move.error, 'agreedByAlliance')}
              />
              <ModalActions
                onCancel={() => setDialog(null)}
                pending={move.isPending}
                submitLabel={t('programme.to.agreed')}
              />
            </Stack>
          </form>
        </DatesProvider>
      </AppModal>
    </>
  );
}
