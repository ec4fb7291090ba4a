import {
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import 'dayjs/locale/fr';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activityKinds, clearances, workingLanguages } from '../../../shared/enums';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../i18n';
import { ApiError, formErrorsOf } from '../../lib/api-client';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { FormAlerts } from '../../ui/form-alerts';
import { labelOf } from '../../ui/translated-text';
import { usePartnerOptions } from '../partners/partners.api';
import { useProviderOptions } from '../providers/providers.api';
import { useTaxonomy } from '../taxonomies/taxonomies.api';
import { ActivityAudienceFields } from './activity-form-audience';
import {
  type ActivityFormValues,
  fieldOfProblem,
  isFieldPath,
  toCreateBody,
  toFormValues,
  toUpdateBody,
  validateActivity,
} from './activity-form-values';
import { NewIterationRows } from './iteration-fields';
import type { VersionedActivity } from './menu.api';
import { clearanceLabel, kindLabel, languageLabel } from './menu-labels';
import { useSaveActivity } from './menu-write.api';

interface Props {
  /** The activity being edited, with the ETag of the version shown; null for a new one. */
  current: VersionedActivity | null;
  /** The year a new activity starts in (the menu year the user came from). */
  defaultYear: number;
  onSaved: (saved: VersionedActivity) => void;
  /** Loads the latest version after a stale-write refusal. */
  onReload?: () => void;
}

function focusFirstError() {
  // After React has rendered the messages.
  window.setTimeout(() => {
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  }, 0);
}

const options = <T extends string>(values: readonly T[], label: (value: T) => string) =>
  values.map((value) => ({ value, label: label(value) }));

export function ActivityForm({ current: latest, defaultYear, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const { me } = useSession();
  // The version the user started editing; a background refetch must not change what "If-Match" claims.
  const [current] = useState(latest);
  const activity = current?.activity ?? null;
  const mode = activity ? 'update' : 'create';
  const save = useSaveActivity(activity?.id ?? null);
  // A provider's own users write for their provider only: it is chosen for them.
  const ownProvider = me?.providerId ?? null;
  const providers = useProviderOptions();
  const areas = useTaxonomy('areas', { includeInactive: true });
  const frameworks = useTaxonomy('frameworks', { includeInactive: true });
  const locale = currentLocale();

  const form = useForm<ActivityFormValues>({
    initialValues: toFormValues(activity, { year: defaultYear, providerId: ownProvider }),
    validate: (values) => {
      const errors = validateActivity(values, mode, currentLocale(), t('validation.required'));
      // Optional in the schema for a provider's own users only; the staff choose one.
      if (mode === 'create' && !ownProvider && !values.providerId)
        errors.providerId = t('validation.required');
      return errors;
    },
  });
  const needPartners =
    form.values.eligibility.kind === 'partners' || form.values.releasability === 'releasable';
  const partners = usePartnerOptions(needPartners);

  // A refusal without field errors (a stale version, a conflict) is announced at the top: bring it into view.
  const alertsRef = useRef<HTMLDivElement>(null);
  const focusAlerts = () => window.setTimeout(() => alertsRef.current?.focus(), 0);

  const serverProblem = save.error instanceof ApiError ? save.error : null;
  const stale = serverProblem?.status === 412;
  const otherErrors = (serverProblem?.fieldErrors ?? []).filter((e) => !isFieldPath(e.path));

  const submit = form.onSubmit(
    (values) =>
      save.mutate(
        { body: mode === 'create' ? toCreateBody(values) : toUpdateBody(values), etag: current?.etag },
        {
          onSuccess: onSaved,
          onError: (error) => {
            const errors = formErrorsOf(error, isFieldPath, fieldOfProblem);
            if (Object.keys(errors).length > 0) {
              // Rendered now, so the field to focus is already marked invalid: a server answer is not a
              // browser event, and React would otherwise render it after the focus attempt.
              flushSync(() => form.setErrors(errors));
              focusFirstError();
            } else {
              focusAlerts();
            }
          },
        },
      ),
    focusFirstError,
  );

  const selectedProvider = providers.data?.find((p) => p.id === form.values.providerId);
  const providerOptions = (providers.data ?? [])
    .filter((p) => p.active || p.id === form.values.providerId)
    .map((p) => ({ value: p.id, label: `${labelOf(p.name)} (${p.code})` }));
  // A provider whose list is not readable yet still shows its own name.
  if (activity && !providerOptions.some((o) => o.value === activity.provider.id)) {
    providerOptions.push({ value: activity.provider.id, label: labelOf(activity.provider.name) });
  }
  const areaOptions = (areas.data ?? [])
    .filter((a) => a.active || form.values.areaIds.includes(a.id))
    .map((a) => ({ value: a.id, label: labelOf(a.name) }));
  const frameworkOptions = (frameworks.data ?? [])
    .filter((f) => f.active || form.values.eligibility.frameworkIds.includes(f.id))
    .map((f) => ({ value: f.id, label: labelOf(f.name) }));
  const partnerOptions = (partners.data ?? []).map((p) => ({ value: p.id, label: labelOf(p.name) }));
  const invalidCount = Object.keys(form.errors).length;
  const cancelTo = activity ? `/menu/activities/${activity.id}` : '/menu';

  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <form
        noValidate
        onSubmit={submit}
        aria-label={t(activity ? 'activityForm.editTitle' : 'activityForm.newTitle')}
      >
        <Stack gap="md">
          <FormAlerts
            alertsRef={alertsRef}
            stale={stale}
            onReload={onReload}
            reloadLabel={t('activityForm.reload')}
            error={save.error}
            otherErrors={otherErrors}
            fixErrorsTitle={invalidCount > 0 ? t('activityForm.fixErrors', { count: invalidCount }) : null}
          />

          <Fieldset legend={t('activityForm.identity')}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
                <NumberInput
                  label={t('activityForm.year')}
                  description={activity ? t('activityForm.yearFixed') : undefined}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  required
                  min={1990}
                  max={2100}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator={false}
                  disabled={Boolean(activity)}
                  {...form.getInputProps('year')}
                />
                <Select
                  label={t('activityForm.provider')}
                  description={ownProvider ? t('activityForm.providerOwn') : undefined}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  data={providerOptions}
                  searchable
                  required={!ownProvider}
                  disabled={Boolean(activity) || Boolean(ownProvider)}
                  nothingFoundMessage={t('common.nothingFound')}
                  {...form.getInputProps('providerId')}
                  value={form.values.providerId || null}
                  onChange={(value) => form.setFieldValue('providerId', value ?? '')}
                />
                <TextInput
                  label={t('activityForm.code')}
                  description={t('activityForm.codeHint', { prefix: selectedProvider?.code ?? 'ACT' })}
                  placeholder={`${selectedProvider?.code ?? 'ACT'}.101`}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  required
                  maxLength={40}
                  {...form.getInputProps('code')}
                />
                <Select
                  label={t('activityForm.kind')}
                  data={options(activityKinds, (k) => kindLabel(t, k))}
                  allowDeselect={false}
                  required
                  {...form.getInputProps('kind')}
                />
              </SimpleGrid>
              <BilingualInputs
                label={t('activityForm.title')}
                en={form.getInputProps('title.en')}
                fr={form.getInputProps('title.fr')}
                error={form.errors.title}
                maxLength={300}
                testId="title-inputs"
              />
              <BilingualInputs
                label={t('activityForm.description')}
                en={form.getInputProps('description.en')}
                fr={form.getInputProps('description.fr')}
                error={form.errors.description}
                multiline
                maxLength={10_000}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <MultiSelect
                  label={t('activityForm.areas')}
                  data={areaOptions}
                  searchable
                  clearable
                  required
                  nothingFoundMessage={t('common.nothingFound')}
                  {...form.getInputProps('areaIds')}
                />
                <MultiSelect
                  label={t('activityForm.languages')}
                  data={options(workingLanguages, (l) => languageLabel(t, l))}
                  searchable
                  required
                  nothingFoundMessage={t('common.nothingFound')}
                  {...form.getInputProps('languages')}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>

          <Fieldset legend={t('activityForm.practical')}>
            <Stack gap="sm">
              <Switch
                label={t('activityForm.hasFee')}
                {...form.getInputProps('hasFee', { type: 'checkbox' })}
              />
              {form.values.hasFee && (
                <Group align="flex-start" gap="sm">
                  <TextInput
                    label={t('activityForm.feeAmount')}
                    description={t('activityForm.feeAmountHint')}
                    inputMode="decimal"
                    required
                    maxLength={13}
                    w={200}
                    {...form.getInputProps('fee.amount')}
                  />
                  <TextInput
                    label={t('activityForm.feeCurrency')}
                    description={t('activityForm.feeCurrencyHint')}
                    autoCapitalize="characters"
                    required
                    maxLength={3}
                    w={140}
                    {...form.getInputProps('fee.currency')}
                  />
                </Group>
              )}
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Select
                  label={t('activityForm.clearance')}
                  data={options(clearances, (c) => clearanceLabel(t, c))}
                  allowDeselect={false}
                  {...form.getInputProps('clearance')}
                />
                <TextInput
                  label={t('activityForm.contactName')}
                  maxLength={200}
                  {...form.getInputProps('contactName')}
                />
                <TextInput
                  label={t('activityForm.contactEmail')}
                  type="email"
                  maxLength={254}
                  {...form.getInputProps('contactEmail')}
                />
              </SimpleGrid>
              <Switch
                label={t('activityForm.secondApproval')}
                description={t('activityForm.secondApprovalHint')}
                {...form.getInputProps('secondApproval', { type: 'checkbox' })}
              />
              <Switch
                label={t('activityForm.recurring')}
                description={t('activityForm.recurringHint')}
                {...form.getInputProps('recurring', { type: 'checkbox' })}
              />
            </Stack>
          </Fieldset>

          <ActivityAudienceFields
            form={form}
            frameworkOptions={frameworkOptions}
            partnerOptions={partnerOptions}
          />

          {!activity && (
            <Fieldset legend={t('activityForm.iterations')}>
              <NewIterationRows form={form} />
            </Fieldset>
          )}

          <Group justify="flex-end">
            <Button variant="default" component={Link} to={cancelTo}>
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
