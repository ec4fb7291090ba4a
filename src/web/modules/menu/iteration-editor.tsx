import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import 'dayjs/locale/fr';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { formatNumber } from '../../lib/format';
import { AppModal } from '../../ui/app-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import {
  emptyIteration,
  type IterationRow,
  isIterationFieldPath,
  iterationToRow,
  rowToIterationInput,
  validateIteration,
} from './activity-form-values';
import { IterationStatusActions } from './activity-status-actions';
import { IterationBadges, IterationDates, iterationPlace } from './iteration-facts';
import { IterationFields } from './iteration-fields';
import { type Activity, type Iteration, menuKeys } from './menu.api';
import { useSaveIteration } from './menu-write.api';

interface ModalProps {
  activity: Activity;
  /** The iteration to edit; null to add one. */
  iteration: Iteration | null;
  onClose: () => void;
}

/** Adds or edits one iteration of an existing activity: saved on its own, with its own If-Match. */
function IterationModal({ activity, iteration, onClose }: ModalProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const save = useSaveIteration(activity.id);
  const form = useForm<IterationRow>({
    initialValues: iteration ? iterationToRow(iteration) : emptyIteration(),
    validate: (values) => validateIteration(values, currentLocale(), t('validation.required')),
  });
  const stale = save.error instanceof ApiError && save.error.status === 412;
  const title = iteration ? t('activityForm.editIteration') : t('activityForm.newIteration');

  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit((values) =>
          save.mutate(
            { iteration, body: rowToIterationInput(values) },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('activityForm.iterationSaved') });
                onClose();
              },
              onError: (error) => {
                if (!(error instanceof ApiError)) return;
                const errors: Record<string, string> = {};
                for (const e of error.fieldErrors)
                  if (isIterationFieldPath(e.path)) errors[e.path] ??= e.message;
                form.setErrors(errors);
              },
            },
          ),
        )}
      >
        <Stack gap="md">
          {stale ? (
            <Alert color="orange" role="alert" title={t('errors.staleTitle')} data-testid="stale-alert">
              <Stack gap="xs" align="flex-start">
                {t('errors.stale')}
                <Button
                  size="xs"
                  variant="white"
                  color="orange"
                  onClick={async () => {
                    // The list behind the modal shows the latest version; editing starts again from it.
                    await client.invalidateQueries({ queryKey: menuKeys.detail(activity.id) });
                    onClose();
                  }}
                >
                  {t('activityForm.reload')}
                </Button>
              </Stack>
            </Alert>
          ) : (
            <ErrorAlert error={save.error} />
          )}
          <IterationFields form={form} prefix="" row={form.values} />
          <ModalActions onCancel={onClose} pending={save.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}

/**
 * The iterations of an existing activity with their status steps; those who may edit it add and
 * edit them here. Mounted by the edit page and usable by the activity page.
 */
export function ActivityIterations({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // `undefined`: closed; `null`: a new iteration; otherwise the one being edited.
  const [editing, setEditing] = useState<Iteration | null | undefined>(undefined);
  const closed = activity.status === 'completed' || activity.status === 'cancelled';

  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <Stack gap="sm" data-testid="activity-iterations">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('activityForm.iterations')}
          </Title>
          {activity.editable && !closed && (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing(null)}
            >
              {t('activityForm.addIteration')}
            </Button>
          )}
        </Group>
        {activity.iterations.length === 0 && <Text c="dimmed">{t('activityForm.noIterations')}</Text>}
        {activity.iterations.map((iteration, index) => (
          <Card key={iteration.id} withBorder padding="sm" data-testid="iteration-card">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={4}>
                <Text fw={600}>
                  {t('activityForm.iterationN', { n: index + 1 })} · <IterationDates iteration={iteration} />
                </Text>
                <Text size="sm">
                  {iterationPlace(iteration, t)} ·{' '}
                  {t('activityForm.seatsCount', {
                    count: iteration.seats,
                    formatted: formatNumber(iteration.seats, locale),
                  })}
                  {iteration.partnerSeatLimit != null &&
                    ` · ${t('menu.partnerSeatLimit', {
                      count: iteration.partnerSeatLimit,
                      formatted: formatNumber(iteration.partnerSeatLimit, locale),
                    })}`}
                </Text>
                <IterationBadges iteration={iteration} showStatus />
              </Stack>
              {activity.editable && (
                <Group gap="xs">
                  {iteration.status !== 'completed' && iteration.status !== 'cancelled' && (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPencil size={14} aria-hidden />}
                      onClick={() => setEditing(iteration)}
                      aria-label={t('activityForm.editIterationN', { n: index + 1 })}
                    >
                      {t('common.edit')}
                    </Button>
                  )}
                  <IterationStatusActions activity={activity} iteration={iteration} />
                </Group>
              )}
            </Group>
          </Card>
        ))}
        {editing !== undefined && (
          <IterationModal
            key={editing?.id ?? 'new'}
            activity={activity}
            iteration={editing}
            onClose={() => setEditing(undefined)}
          />
        )}
      </Stack>
    </DatesProvider>
  );
}
