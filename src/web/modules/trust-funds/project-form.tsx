import { Button, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import 'dayjs/locale/fr';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectStatuses } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { ApiError, formErrorsOf } from '../../lib/api-client';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { FormAlerts } from '../../ui/form-alerts';
import { ReleasabilityFields } from '../../ui/releasability-fields';
import { labelOf } from '../../ui/translated-text';
import { usePartnerOptions } from '../partners/partners.api';
import { countryOptions } from '../providers/country-options';
import { FormDateInput } from './form-date-input';
import { BudgetRows } from './project-form-budgets';
import { IndicatorRows } from './project-form-indicators';
import {
  fieldOfProjectProblem,
  isProjectFieldPath,
  type ProjectFormValues,
  toProjectBody,
  toProjectFormValues,
  validateProject,
} from './project-form-values';
import { projectStatusLabel } from './tf-labels';
import {
  type Fund,
  useOrganisations,
  useProjects,
  useSaveProject,
  type VersionedProject,
} from './trust-funds.api';

interface Props {
  fund: Fund;
  /** The project edited, with the ETag of what was shown; null for a new one. */
  current: VersionedProject | null;
  /** A new phase of this project. */
  parentId?: string;
  onSaved: (saved: VersionedProject) => void;
  /** Loads the latest version after a stale-write refusal. */
  onReload?: () => void;
}

function focusFirstError() {
  window.setTimeout(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus(), 0);
}

/** Every field of a project: where it sits, what and for whom, who leads it, its budget and results. */
export function ProjectForm({ fund, current: latest, parentId, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // The version the user started editing; a background refetch must not change what If-Match claims.
  const [current] = useState(latest);
  const project = current?.project ?? null;
  const save = useSaveProject(project?.id ?? null);
  const organisations = useOrganisations();
  const siblings = useProjects({ fund: fund.id });
  const form = useForm<ProjectFormValues>({
    initialValues: toProjectFormValues(project, { fundId: fund.id, parentId }),
    validate: (values) =>
      validateProject(values, {
        locale: currentLocale(),
        requiredMessage: t('validation.required'),
        measureMessage: t('trustFunds.projectForm.measureInvalid'),
      }),
  });
  const partners = usePartnerOptions(form.values.releasability === 'releasable');

  const alertsRef = useRef<HTMLDivElement>(null);
  const problem = save.error instanceof ApiError ? save.error : null;
  const otherErrors = (problem?.fieldErrors ?? []).filter((e) => !isProjectFieldPath(e.path));
  const invalidCount = Object.keys(form.errors).length;

  const submit = form.onSubmit((values) => {
    save.mutate(
      { body: toProjectBody(values), etag: current?.etag },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const focusAlerts = () => window.setTimeout(() => alertsRef.current?.focus(), 0);
          const errors = formErrorsOf(error, isProjectFieldPath, fieldOfProjectProblem);
          if (Object.keys(errors).length === 0) return focusAlerts();
          flushSync(() => form.setErrors(errors));
          focusFirstError();
        },
      },
    );
  }, focusFirstError);

  const organisationOptions = (organisations.data?.items ?? [])
    .map((o) => ({ value: o.id, label: labelOf(o.name) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  // A phase belongs to a project (not a phase) of the same fund, never to itself.
  const parentOptions = (siblings.data?.items ?? [])
    .filter((p) => p.parentId === null && p.id !== project?.id)
    .map((p) => ({ value: p.id, label: `${p.code} · ${labelOf(p.title)}` }));

  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <form
        noValidate
        onSubmit={submit}
        aria-label={t(project ? 'trustFunds.projectForm.editTitle' : 'trustFunds.projectForm.newTitle')}
        data-testid="project-form"
      >
        <Stack gap="md">
          <FormAlerts
            alertsRef={alertsRef}
            stale={problem?.status === 412}
            onReload={onReload}
            reloadLabel={t('trustFunds.projectForm.reload')}
            error={save.error}
            otherErrors={otherErrors}
            fixErrorsTitle={
              invalidCount > 0 ? t('trustFunds.projectForm.fixErrors', { count: invalidCount }) : null
            }
          />

          <Fieldset legend={t('trustFunds.projectForm.general')}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('trustFunds.project.fund')}
                  value={`${fund.code} · ${labelOf(fund.name)}`}
                  readOnly
                  variant="filled"
                />
                <Select
                  label={t('trustFunds.project.parent')}
                  description={t('trustFunds.projectForm.parentHint')}
                  data={parentOptions}
                  searchable
                  clearable
                  nothingFoundMessage={t('common.nothingFound')}
                  {...form.getInputProps('parentId')}
                  value={form.values.parentId || null}
                  onChange={(value) => form.setFieldValue('parentId', value ?? '')}
                />
                <TextInput
                  label={t('trustFunds.project.code')}
                  required
                  maxLength={40}
                  data-testid="project-code-input"
                  {...form.getInputProps('code')}
                />
                <Select
                  label={t('trustFunds.project.status')}
                  data={projectStatuses.map((s) => ({ value: s, label: projectStatusLabel(t, s) }))}
                  allowDeselect={false}
                  {...form.getInputProps('status')}
                />
              </SimpleGrid>
              <BilingualInputs
                label={t('trustFunds.project.title')}
                en={form.getInputProps('title.en')}
                fr={form.getInputProps('title.fr')}
                error={form.errors.title}
                maxLength={500}
              />
              <BilingualInputs
                label={t('trustFunds.project.objectives')}
                en={form.getInputProps('objectives.en')}
                fr={form.getInputProps('objectives.fr')}
                error={form.errors.objectives}
                multiline
                maxLength={8000}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('trustFunds.project.country')}
                  data={countryOptions(locale)}
                  searchable
                  required
                  nothingFoundMessage={t('common.nothingFound')}
                  {...form.getInputProps('beneficiaryCountry')}
                  value={form.values.beneficiaryCountry || null}
                  onChange={(value) => form.setFieldValue('beneficiaryCountry', value ?? '')}
                />
                <Select
                  label={t('trustFunds.project.executingAgency')}
                  data={organisationOptions}
                  searchable
                  clearable
                  nothingFoundMessage={t('common.nothingFound')}
                  {...form.getInputProps('executingAgencyId')}
                  value={form.values.executingAgencyId || null}
                  onChange={(value) => form.setFieldValue('executingAgencyId', value ?? '')}
                />
              </SimpleGrid>
              <MultiSelect
                label={t('trustFunds.project.leadNations')}
                data={organisationOptions}
                searchable
                maxValues={20}
                nothingFoundMessage={t('common.nothingFound')}
                data-testid="project-lead-nations-input"
                {...form.getInputProps('leadNationIds')}
              />
              <Group align="flex-start" gap="sm">
                <FormDateInput
                  label={t('trustFunds.project.startsOn')}
                  inputProps={form.getInputProps('startsOn')}
                />
                <FormDateInput
                  label={t('trustFunds.project.endsOn')}
                  inputProps={form.getInputProps('endsOn')}
                />
              </Group>
            </Stack>
          </Fieldset>

          <BudgetRows form={form} fundCurrency={fund.currency} />
          <IndicatorRows form={form} />

          <Fieldset legend={t('trustFunds.releasability')}>
            <Stack gap="sm">
              <ReleasabilityFields
                label={t('trustFunds.projectForm.whoMaySee')}
                releasableToLabel={t('trustFunds.releasableTo')}
                releasability={form.getInputProps('releasability')}
                releasableTo={form.getInputProps('releasableTo')}
                onChange={(value) => form.setFieldValue('releasability', value)}
                partners={(partners.data ?? []).map((p) => ({ value: p.id, label: labelOf(p.name) }))}
              />
            </Stack>
          </Fieldset>

          <Group justify="flex-end">
            <Button
              variant="default"
              component={Link}
              to={project ? `/trust-fund-projects/${project.id}` : `/trust-funds/${fund.id}`}
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
