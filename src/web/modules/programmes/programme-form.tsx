import { Button, Fieldset, Group, Select, Stack } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import 'dayjs/locale/fr';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { ApiError, formErrorsOf } from '../../lib/api-client';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { FormAlerts } from '../../ui/form-alerts';
import { labelOf } from '../../ui/translated-text';
import { parseTypedDate } from '../menu/typed-date';
import { usePartnerOptions } from '../partners/partners.api';
import { useTaxonomy } from '../taxonomies/taxonomies.api';
import { ActivityRows } from './programme-form-activities';
import { ObjectiveRows } from './programme-form-objectives';
import {
  fieldOfProblem,
  isFieldPath,
  type ProgrammeFormValues,
  toCreateBody,
  toFormValues,
  toUpdateBody,
  validateProgramme,
} from './programme-form-values';
import { useProgrammeAccess, useSaveProgramme, type VersionedProgramme } from './programmes.api';

interface Props {
  /** The version being edited, with the ETag of what was shown; null for a new programme. */
  current: VersionedProgramme | null;
  onSaved: (saved: VersionedProgramme) => void;
  /** Loads the latest version after a stale-write refusal. */
  onReload?: () => void;
}

function focusFirstError() {
  // After React has rendered the messages.
  window.setTimeout(() => {
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  }, 0);
}

export function ProgrammeForm({ current: latest, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const access = useProgrammeAccess();
  // The version the user started editing; a background refetch must not change what If-Match claims.
  const [current] = useState(latest);
  const programme = current?.programme ?? null;
  const mode = programme ? 'update' : 'create';
  const ownPartner = access.ownPartnerId !== null;
  const save = useSaveProgramme(programme?.id ?? null);
  const areas = useTaxonomy('areas', { includeInactive: true });
  const partners = usePartnerOptions(!ownPartner && !programme);
  const locale = currentLocale();

  const form = useForm<ProgrammeFormValues>({
    initialValues: toFormValues(programme, {
      partnerId: access.ownPartnerId ?? '',
      year: new Date().getFullYear(),
    }),
    validate: (values) =>
      validateProgramme(values, {
        mode,
        partnerRequired: !ownPartner,
        locale: currentLocale(),
        requiredMessage: t('validation.required'),
      }),
  });

  const alertsRef = useRef<HTMLDivElement>(null);
  const focusAlerts = () => window.setTimeout(() => alertsRef.current?.focus(), 0);
  const serverProblem = save.error instanceof ApiError ? save.error : null;
  const otherErrors = (serverProblem?.fieldErrors ?? []).filter((e) => !isFieldPath(e.path));

  const submit = form.onSubmit((values) => {
    const body = mode === 'create' ? toCreateBody(values, ownPartner) : toUpdateBody(values);
    save.mutate(
      { body, etag: current?.etag },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const errors = formErrorsOf(error, isFieldPath, fieldOfProblem);
          if (Object.keys(errors).length === 0) return focusAlerts();
          // Rendered now, so the field to focus is already marked invalid when focusing it.
          flushSync(() => form.setErrors(errors));
          focusFirstError();
        },
      },
    );
  }, focusFirstError);

  const areaOptions = (areas.data ?? [])
    .filter((a) => a.active || form.values.objectives.some((o) => o.areaId === a.id))
    .map((a) => ({ value: a.id, label: labelOf(a.name) }));
  const areaName = (id: string) => {
    const area = areas.data?.find((a) => a.id === id);
    return area ? labelOf(area.name) : '';
  };
  const partnerOptions = (partners.data ?? []).map((p) => ({ value: p.id, label: labelOf(p.name) }));
  const invalidCount = Object.keys(form.errors).length;
  const dateProps = (path: 'period.startsOn' | 'period.endsOn') => ({
    value: (path === 'period.startsOn' ? form.values.period.startsOn : form.values.period.endsOn) || null,
    onChange: (next: string | null) => form.setFieldValue(path, next ?? ''),
    error: form.errors[path],
    valueFormat: 'D MMM YYYY',
    dateParser: (input: string) => parseTypedDate(input, currentLocale()),
    required: true,
    w: { base: '100%', sm: 200 },
  });

  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <form
        noValidate
        onSubmit={submit}
        aria-label={t(programme ? 'programmeForm.editTitle' : 'programmeForm.newTitle')}
      >
        <Stack gap="md">
          <FormAlerts
            alertsRef={alertsRef}
            stale={serverProblem?.status === 412}
            onReload={onReload}
            reloadLabel={t('programmeForm.reload')}
            error={save.error}
            otherErrors={otherErrors}
            fixErrorsTitle={invalidCount > 0 ? t('programmeForm.fixErrors', { count: invalidCount }) : null}
          />

          <Fieldset legend={t('programmeForm.general')}>
            <Stack gap="sm">
              {!ownPartner && (
                <Select
                  label={t('programme.partner')}
                  description={programme ? t('programmeForm.partnerFixed') : undefined}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  data={
                    programme
                      ? [{ value: programme.partner.id, label: labelOf(programme.partner.name) }]
                      : partnerOptions
                  }
                  searchable
                  openOnFocus={false}
                  required
                  disabled={Boolean(programme)}
                  nothingFoundMessage={t('common.nothingFound')}
                  w={{ base: '100%', sm: 320 }}
                  {...form.getInputProps('partnerId')}
                  value={form.values.partnerId || null}
                  onChange={(value) => form.setFieldValue('partnerId', value ?? '')}
                />
              )}
              <BilingualInputs
                label={t('programme.title')}
                en={form.getInputProps('title.en')}
                fr={form.getInputProps('title.fr')}
                error={form.errors.title}
                maxLength={300}
                testId="programme-title-inputs"
              />
              <BilingualInputs
                label={t('programme.summary')}
                en={form.getInputProps('summary.en')}
                fr={form.getInputProps('summary.fr')}
                error={form.errors.summary}
                multiline
                maxLength={10_000}
              />
              <Group align="flex-start" gap="sm">
                <DateInput label={t('programme.startsOn')} {...dateProps('period.startsOn')} />
                <DateInput label={t('programme.endsOn')} {...dateProps('period.endsOn')} />
              </Group>
            </Stack>
          </Fieldset>

          <ObjectiveRows form={form} areaOptions={areaOptions} />
          <ActivityRows form={form} areaName={areaName} />

          <Group justify="flex-end">
            <Button
              variant="default"
              component={Link}
              to={programme ? `/programmes/${programme.id}` : '/programmes'}
            >
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
