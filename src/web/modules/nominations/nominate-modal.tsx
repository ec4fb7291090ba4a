import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createNominationBodySchema } from '../../../modules/nominations/nominations.schemas';
import { type WorkingLanguage, workingLanguages } from '../../../shared/enums';
import { describeIssue } from '../../../shared/validation-messages';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { AppModal } from '../../ui/app-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import { languageLabel } from '../menu/menu-labels';
import { countryOptions } from '../providers/country-options';
import { nominationStatusColor } from './nomination-labels';
import { type Nomination, type NominationInput, useCreateNomination } from './nominations.api';

interface Values {
  fullName: string;
  rankTitle: string;
  organisation: string;
  email: string;
  workingLanguage: WorkingLanguage | null;
  nationality: string | null;
  priority: number | string;
}

const emptyValues: Values = {
  fullName: '',
  rankTitle: '',
  organisation: '',
  email: '',
  workingLanguage: null,
  nationality: null,
  priority: 1,
};

function toInput(iterationId: string, values: Values): NominationInput {
  return {
    iterationId,
    fullName: values.fullName.trim(),
    rankTitle: values.rankTitle.trim(),
    organisation: values.organisation.trim(),
    email: values.email.trim(),
    workingLanguage: values.workingLanguage as WorkingLanguage,
    nationality: values.nationality ?? '',
    priority: typeof values.priority === 'number' ? values.priority : Number(values.priority) || 0,
  };
}

/** The same rules as the server, in the UI language, under each field. */
function validate(iterationId: string, values: Values, required: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const result = createNominationBodySchema.safeParse(toInput(iterationId, values));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { path, message } = describeIssue(issue, currentLocale());
      errors[path] ??= message;
    }
  }
  // "Must be one of: en, fr…" says less than "required" about an empty select.
  if (!values.workingLanguage) errors.workingLanguage = required;
  if (!values.nationality) errors.nationality = required;
  return errors;
}

/** The server's field errors where they belong; "already nominated" under the e-mail address. */
function serverErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const e of error.fieldErrors) errors[e.path] ??= e.message;
  if (error.code === 'nomination.duplicate') errors.email = error.message;
  return errors;
}

/** What became of the nomination: a seat, a place on the waiting list, or the provider's decision. */
function NominationOutcome({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const name = nomination.fullName;
  const message =
    nomination.status === 'accepted'
      ? t('nominations.outcome.accepted', { name })
      : nomination.status === 'waitlisted'
        ? t('nominations.outcome.waitlisted', { name, position: nomination.waitlistPosition ?? '?' })
        : t('nominations.outcome.pending', { name });
  return (
    <Alert
      color={nominationStatusColor[nomination.status]}
      title={t(`nominations.status.${nomination.status}`)}
      role="status"
      data-testid="nomination-outcome"
    >
      {message}
    </Alert>
  );
}

export function NominateModal({
  iterationId,
  iterationLabel,
  opened,
  onClose,
}: {
  iterationId: string;
  /** Says which iteration in the title ("ACT.396, 9–13 March 2026"). */
  iterationLabel: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateNomination();
  const [outcome, setOutcome] = useState<Nomination | null>(null);
  const form = useForm<Values>({
    initialValues: emptyValues,
    validate: (values) => validate(iterationId, values, t('validation.required')),
  });
  const locale = currentLocale();

  const close = () => {
    onClose();
    setOutcome(null);
    create.reset();
    form.reset();
  };
  const another = () => {
    setOutcome(null);
    create.reset();
    form.reset();
  };
  // Field errors are shown in place; the alert says the rest (deadline passed, not eligible…).
  const fieldLevel = create.error instanceof ApiError && Object.keys(serverErrors(create.error)).length > 0;

  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={t('nominations.nominateTitle', { iteration: iterationLabel })}
      size="lg"
    >
      {outcome ? (
        <Stack gap="md">
          <NominationOutcome nomination={outcome} />
          <Group justify="flex-end">
            <Button variant="default" onClick={another}>
              {t('nominations.nominateAnother')}
            </Button>
            <Button onClick={close} data-autofocus>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          data-testid="nominate-form"
          onSubmit={form.onSubmit((values) =>
            create.mutate(toInput(iterationId, values), {
              onSuccess: setOutcome,
              onError: (error) => form.setErrors(serverErrors(error)),
            }),
          )}
        >
          <Stack gap="sm">
            {!fieldLevel && <ErrorAlert error={create.error} />}
            <Text size="sm" c="dimmed">
              {t('nominations.form.intro')}
            </Text>
            <TextInput
              label={t('nominations.form.fullName')}
              required
              data-autofocus
              autoComplete="off"
              {...form.getInputProps('fullName')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('nominations.form.rankTitle')} {...form.getInputProps('rankTitle')} />
              <TextInput label={t('nominations.form.organisation')} {...form.getInputProps('organisation')} />
            </SimpleGrid>
            <TextInput
              label={t('nominations.form.email')}
              type="email"
              required
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('nominations.form.workingLanguage')}
                data={workingLanguages.map((value) => ({ value, label: languageLabel(t, value) }))}
                required
                {...form.getInputProps('workingLanguage')}
              />
              <Select
                label={t('nominations.form.nationality')}
                data={countryOptions(locale)}
                searchable
                required
                nothingFoundMessage={t('common.nothingFound')}
                {...form.getInputProps('nationality')}
              />
            </SimpleGrid>
            <NumberInput
              label={t('nominations.form.priority')}
              description={t('nominations.form.priorityHint')}
              min={1}
              max={99}
              allowDecimal={false}
              maw={420}
              {...form.getInputProps('priority')}
            />
            <ModalActions
              onCancel={close}
              pending={create.isPending}
              submitLabel={t('nominations.nominateSubmit')}
            />
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
