import {
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { partnerKinds, partnerStatuses } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { FormAlerts } from '../../ui/form-alerts';
import { ReleasabilityFields } from '../../ui/releasability-fields';
import { labelOf } from '../../ui/translated-text';
import { useTaxonomy } from '../taxonomies/taxonomies.api';
import { PartnerFormFrameworks } from './partner-form-frameworks';
import { PartnerFormMilestones } from './partner-form-milestones';
import {
  isFieldPath,
  type PartnerFormValues,
  toFormValues,
  toInput,
  validatePartner,
} from './partner-form-values';
import { kindLabel, statusLabel } from './partner-labels';
import { type Partner, usePartnerOptions, useSavePartner, type VersionedPartner } from './partners.api';

interface Props {
  /** The partner being edited, with the ETag of the version shown; null for a new one. */
  current: VersionedPartner | null;
  onSaved: (saved: VersionedPartner) => void;
  /** Loads the latest version after a stale-write refusal. */
  onReload?: () => void;
}

/** Problem codes that are about one field although the server sends no `errors[]` for them. */
const fieldOfCode: Record<string, string> = {
  'partner.duplicate_iso': 'isoCode',
  'partner.duplicate_name': 'name.en',
};

function focusFirstError() {
  // After React has rendered the messages.
  window.setTimeout(() => {
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  }, 0);
}

export function PartnerForm({ current: latest, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  // The version the user started editing; a background refetch must not change what "If-Match" claims.
  const [current] = useState(latest);
  const partner: Partner | null = current?.partner ?? null;
  const save = useSavePartner(partner?.id ?? null);
  const frameworks = useTaxonomy('frameworks', { includeInactive: true });
  const areas = useTaxonomy('areas', { includeInactive: true });
  const partnerOptions = usePartnerOptions();

  const form = useForm<PartnerFormValues>({
    initialValues: toFormValues(partner),
    validate: (values) => validatePartner(values, currentLocale(), t('validation.required')),
  });

  // A refusal without field errors (a stale version, a conflict) is announced at the top: bring it into view.
  const alertsRef = useRef<HTMLDivElement>(null);
  const focusAlerts = () => window.setTimeout(() => alertsRef.current?.focus(), 0);

  const serverProblem = save.error instanceof ApiError ? save.error : null;
  const stale = serverProblem?.status === 412;
  const otherErrors = (serverProblem?.fieldErrors ?? []).filter((e) => !isFieldPath(e.path));

  const submit = form.onSubmit(
    (values) =>
      save.mutate(
        { input: toInput(values), etag: current?.etag },
        {
          onSuccess: onSaved,
          onError: (error) => {
            if (!(error instanceof ApiError)) return focusAlerts();
            const errors: Record<string, string> = {};
            for (const fieldError of error.fieldErrors) errors[fieldError.path] ??= fieldError.message;
            const field = fieldOfCode[error.code];
            if (field) errors[field] = error.message;
            if (Object.keys(errors).length > 0) {
              form.setErrors(errors);
              focusFirstError();
            } else {
              focusAlerts();
            }
          },
        },
      ),
    focusFirstError,
  );

  const areaOptions = (areas.data ?? [])
    .filter((a) => a.active || form.values.areaIds.includes(a.id))
    .map((a) => ({ value: a.id, label: labelOf(a.name) }));
  const releasableOptions = (partnerOptions.data ?? [])
    .filter((p) => p.id !== partner?.id)
    .map((p) => ({ value: p.id, label: labelOf(p.name) }));
  const invalidCount = Object.keys(form.errors).length;

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={t(partner ? 'partnerForm.editTitle' : 'partnerForm.newTitle')}
    >
      <Stack gap="md">
        <FormAlerts
          alertsRef={alertsRef}
          stale={stale}
          onReload={onReload}
          reloadLabel={t('partnerForm.reload')}
          error={save.error}
          otherErrors={otherErrors}
          fixErrorsTitle={invalidCount > 0 ? t('partnerForm.fixErrors', { count: invalidCount }) : null}
        />

        <Fieldset legend={t('partnerForm.identity')}>
          <Stack gap="sm">
            <BilingualInputs
              label={t('partner.name')}
              en={form.getInputProps('name.en')}
              fr={form.getInputProps('name.fr')}
              error={form.errors.name}
              required
              maxLength={200}
              testId="name-inputs"
            />
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
              <TextInput
                label={t('partner.isoCode')}
                description={t('partnerForm.isoHint')}
                autoCapitalize="characters"
                maxLength={3}
                required={form.values.kind === 'country'}
                {...form.getInputProps('isoCode')}
              />
              <Select
                label={t('partner.kind')}
                data={partnerKinds.map((k) => ({ value: k, label: kindLabel(t, k) }))}
                allowDeselect={false}
                required
                {...form.getInputProps('kind')}
              />
              <Select
                label={t('partner.status')}
                data={partnerStatuses.map((s) => ({ value: s, label: statusLabel(t, s) }))}
                allowDeselect={false}
                required
                {...form.getInputProps('status')}
              />
              <NumberInput
                label={t('partner.relationsSince')}
                description={t('partnerForm.yearHint')}
                min={1900}
                max={2100}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator={false}
                {...form.getInputProps('relationsSinceYear')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('partner.summary')}>
          <BilingualInputs
            label={t('partner.summary')}
            en={form.getInputProps('summary.en')}
            fr={form.getInputProps('summary.fr')}
            error={form.errors.summary}
            multiline
            maxLength={8000}
            testId="summary-inputs"
          />
        </Fieldset>

        <Fieldset legend={t('partner.releasability')}>
          <Stack gap="sm">
            <ReleasabilityFields
              label={t('partnerForm.whoMaySee')}
              releasableToLabel={t('partnerForm.releasableTo')}
              releasability={form.getInputProps('releasability')}
              releasableTo={form.getInputProps('releasableTo')}
              onChange={(value) => form.setFieldValue('releasability', value)}
              partners={releasableOptions}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('partner.frameworks')}>
          <PartnerFormFrameworks form={form} frameworks={frameworks.data ?? []} />
        </Fieldset>

        <Fieldset legend={t('partner.areas')}>
          <MultiSelect
            label={t('partnerForm.areas')}
            data={areaOptions}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            {...form.getInputProps('areaIds')}
          />
        </Fieldset>

        <Fieldset legend={t('partner.milestones')}>
          <PartnerFormMilestones form={form} />
        </Fieldset>

        <Group justify="flex-end">
          <Button variant="default" component={Link} to={partner ? `/partners/${partner.id}` : '/partners'}>
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
  );
}
