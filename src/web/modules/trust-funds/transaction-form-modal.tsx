import { Alert, Anchor, Button, List, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import 'dayjs/locale/fr';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isCurrencyCode, minorUnits } from '../../../shared/currencies';
import { type TransactionType, transactionTypes } from '../../../shared/enums';
import { formatMoney } from '../../../shared/money-format';
import { currentLocale } from '../../i18n';
import { ApiError, formErrorsOf } from '../../lib/api-client';
import { formatCalendarDate } from '../../lib/format';
import { AppModal } from '../../ui/app-modal';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { ErrorAlert } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import { labelOf } from '../../ui/translated-text';
import { parseTypedDate } from '../menu/typed-date';
import { currencyOptions } from './fund-form-values';
import { OrganisationFormModal } from './organisation-form-modal';
import { transactionTypeLabel } from './tf-labels';
import {
  fieldOfTransactionProblem,
  isTransactionFieldPath,
  mayFulfilPledge,
  partyRole,
  projectRequired,
  type TransactionFormValues,
  toTransactionBody,
  toTransactionFormValues,
  validateTransaction,
} from './transaction-form-values';
import {
  fetchTransaction,
  type Organisation,
  type ProjectSummary,
  type Transaction,
  useOrganisations,
  usePledges,
  useSaveTransaction,
  useTrustFundAccess,
} from './trust-funds.api';

interface Props {
  opened: boolean;
  onClose: () => void;
  fund: { id: string; currency: string };
  /** The fund's projects and phases: a disbursement or an expenditure names one. */
  projects: ProjectSummary[];
  /** The transaction corrected; null to record a new one. */
  current: Transaction | null;
  defaultProjectId?: string;
}

const today = () => new Date().toISOString().slice(0, 10);

function focusFirstError() {
  window.setTimeout(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus(), 0);
}

/** "No JPY rate on 6 May 2014 …", and the way to the rates page. */
function RateMissing({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <span data-testid="rate-missing">
      {message}{' '}
      <Anchor component={Link} to="/exchange-rates" size="xs" inherit>
        {t('trustFunds.transactionForm.toRates')}
      </Anchor>
    </span>
  );
}

/** "Record a transaction" and "Edit": every field of the type chosen, the server's refusals in place. */
export function TransactionFormModal({
  opened,
  onClose,
  fund,
  projects,
  current: initial,
  defaultProjectId,
}: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // The version being corrected: replaced by the latest after a stale-write refusal and a reload.
  const [current, setCurrent] = useState(initial);
  const save = useSaveTransaction();
  const organisations = useOrganisations(opened);
  const access = useTrustFundAccess();
  // "New donor": the organisation made there, shown in the picker before the list comes back with it.
  const [organisationFormOpened, organisationForm] = useDisclosure(false);
  const [added, setAdded] = useState<Organisation | null>(null);
  const form = useForm<TransactionFormValues>({
    initialValues: toTransactionFormValues(initial, {
      currency: fund.currency,
      valueDate: today(),
      projectId: defaultProjectId,
    }),
    validate: (values) =>
      validateTransaction(values, fund.id, {
        locale: currentLocale(),
        requiredMessage: t('validation.required'),
      }),
  });
  const values = form.values;
  const role = partyRole(values.type);
  const linkable = mayFulfilPledge(values.type);
  const pledges = usePledges(fund.id, values.partyId, opened && linkable);
  const alertsRef = useRef<HTMLDivElement>(null);

  const problem = save.error instanceof ApiError ? save.error : null;
  const stale = problem?.status === 412;
  const fieldLevel =
    problem !== null &&
    (problem.fieldErrors.some((e) => isTransactionFieldPath(e.path)) ||
      fieldOfTransactionProblem(problem.code, problem.problem.params) !== null);
  const otherErrors = (problem?.fieldErrors ?? []).filter((e) => !isTransactionFieldPath(e.path));

  const close = () => {
    onClose();
    save.reset();
    form.reset();
  };
  const reload = async () => {
    if (!current) return;
    // Deleted meanwhile: nothing left to correct.
    const latest = await fetchTransaction(current.id).catch(() => null);
    if (!latest) return close();
    setCurrent(latest);
    save.reset();
    form.setValues(toTransactionFormValues(latest, { currency: fund.currency, valueDate: today() }));
    form.resetDirty();
  };

  const submit = form.onSubmit((input) => {
    save.mutate(
      { body: toTransactionBody(input, fund.id), current },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t(current ? 'trustFunds.transactionForm.saved' : 'trustFunds.transactionForm.recorded'),
          });
          close();
        },
        onError: (error) => {
          const errors: Record<string, ReactNode> = formErrorsOf(
            error,
            isTransactionFieldPath,
            fieldOfTransactionProblem,
          );
          // A missing rate says where to import it.
          const field =
            error instanceof ApiError && fieldOfTransactionProblem(error.code, error.problem.params ?? {});
          if (field && error.code === 'rate.missing') errors[field] = <RateMissing message={error.message} />;
          if (Object.keys(errors).length === 0) {
            window.setTimeout(() => alertsRef.current?.focus(), 0);
            return;
          }
          flushSync(() => form.setErrors(errors));
          focusFirstError();
        },
      },
    );
  }, focusFirstError);

  const setType = (type: TransactionType) => {
    form.setFieldValue('type', type);
    if (partyRole(type) === 'none') form.setFieldValue('partyId', '');
    if (!mayFulfilPledge(type)) form.setFieldValue('pledgeId', '');
  };
  const organisationItems = organisations.data?.items ?? [];
  const organisationOptions = [
    ...organisationItems,
    ...(added && !organisationItems.some((o) => o.id === added.id) ? [added] : []),
  ]
    .map((o) => ({ value: o.id, label: labelOf(o.name) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const projectOptions = projects.map((p) => ({ value: p.id, label: `${p.code} · ${labelOf(p.title)}` }));
  const pledgeOptions = (pledges.data?.items ?? [])
    .filter((p) => p.id !== current?.id)
    .map((p) => ({
      value: p.id,
      label: [
        formatMoney(p.amount, p.currency, locale),
        formatCalendarDate(p.valueDate, locale),
        labelOf(p.earmark) || p.reference,
      ]
        .filter(Boolean)
        .join(' · '),
    }));
  const currency = values.currency;
  const decimals = isCurrencyCode(currency) ? minorUnits(currency) : 2;

  return (
    <>
      <AppModal
        opened={opened}
        onClose={close}
        size="xl"
        title={t(current ? 'trustFunds.transactionForm.editTitle' : 'trustFunds.transactionForm.newTitle')}
      >
        <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
          <form noValidate onSubmit={submit} data-testid="transaction-form">
            <Stack gap="sm">
              <div ref={alertsRef} tabIndex={-1} style={{ outline: 'none' }} data-testid="form-alerts">
                {stale ? (
                  <Alert color="orange" role="alert" title={t('errors.staleTitle')} data-testid="stale-alert">
                    <Stack gap="xs" align="flex-start">
                      {t('errors.stale')}
                      <Button size="xs" variant="white" color="orange" onClick={() => void reload()}>
                        {t('trustFunds.transactionForm.reload')}
                      </Button>
                    </Stack>
                  </Alert>
                ) : (
                  !fieldLevel && (
                    <ErrorAlert error={save.error} title={problem?.problem.title}>
                      {otherErrors.length > 0 && (
                        <List size="sm" mt="xs">
                          {otherErrors.map((e) => (
                            <List.Item key={e.path}>
                              {e.path}: {e.message}
                            </List.Item>
                          ))}
                        </List>
                      )}
                    </ErrorAlert>
                  )
                )}
              </div>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={t('trustFunds.transaction.type')}
                  data={transactionTypes.map((type) => ({
                    value: type,
                    label: transactionTypeLabel(t, type),
                  }))}
                  allowDeselect={false}
                  required
                  data-autofocus
                  {...form.getInputProps('type')}
                  onChange={(value) => value && setType(value as TransactionType)}
                />
                {role !== 'none' && (
                  <Stack gap={4}>
                    <Select
                      label={t(
                        role === 'donor'
                          ? 'trustFunds.transaction.donor'
                          : 'trustFunds.transaction.recipient',
                      )}
                      data={organisationOptions}
                      searchable
                      clearable={role === 'recipient'}
                      required={role === 'donor'}
                      nothingFoundMessage={t('common.nothingFound')}
                      data-testid="transaction-party"
                      {...form.getInputProps('partyId')}
                      value={values.partyId || null}
                      onChange={(value) => {
                        form.setFieldValue('partyId', value ?? '');
                        form.setFieldValue('pledgeId', '');
                      }}
                    />
                    {access.write && (
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        style={{ alignSelf: 'flex-start' }}
                        leftSection={<IconPlus size={14} aria-hidden />}
                        onClick={organisationForm.open}
                        data-testid="new-donor"
                      >
                        {t(
                          role === 'donor'
                            ? 'trustFunds.transactionForm.newDonor'
                            : 'trustFunds.newOrganisation',
                        )}
                      </Button>
                    )}
                  </Stack>
                )}
              </SimpleGrid>
              <Select
                label={t('trustFunds.transaction.project')}
                description={
                  projectRequired(values.type) ? undefined : t('trustFunds.transactionForm.projectOptional')
                }
                data={projectOptions}
                searchable
                clearable={!projectRequired(values.type)}
                required={projectRequired(values.type)}
                nothingFoundMessage={t('common.nothingFound')}
                {...form.getInputProps('projectId')}
                value={values.projectId || null}
                onChange={(value) => form.setFieldValue('projectId', value ?? '')}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput
                  label={t('trustFunds.transaction.amount')}
                  description={t('trustFunds.transactionForm.amountHint', { count: decimals, currency })}
                  inputMode="decimal"
                  autoComplete="off"
                  required
                  data-testid="transaction-amount-input"
                  {...form.getInputProps('amount')}
                />
                <Select
                  label={t('trustFunds.transaction.currency')}
                  data={currencyOptions(locale)}
                  searchable
                  allowDeselect={false}
                  required
                  nothingFoundMessage={t('common.nothingFound')}
                  {...form.getInputProps('currency')}
                  value={values.currency || null}
                  onChange={(value) => form.setFieldValue('currency', value ?? '')}
                />
                <DateInput
                  label={t('trustFunds.transaction.valueDate')}
                  description={t('trustFunds.transactionForm.valueDateHint')}
                  required
                  valueFormat="D MMM YYYY"
                  dateParser={(input: string) => parseTypedDate(input, currentLocale())}
                  value={values.valueDate || null}
                  onChange={(next) => form.setFieldValue('valueDate', next ?? '')}
                  error={form.errors.valueDate}
                  data-testid="transaction-value-date"
                />
              </SimpleGrid>
              {linkable && (
                <Select
                  label={t('trustFunds.transaction.pledge')}
                  description={
                    values.partyId
                      ? t('trustFunds.transactionForm.pledgeHint')
                      : t('trustFunds.transactionForm.pledgeNeedsDonor')
                  }
                  data={pledgeOptions}
                  clearable
                  disabled={!values.partyId}
                  nothingFoundMessage={t('trustFunds.transactionForm.noPledges')}
                  {...form.getInputProps('pledgeId')}
                  value={values.pledgeId || null}
                  onChange={(value) => form.setFieldValue('pledgeId', value ?? '')}
                />
              )}
              <BilingualInputs
                label={t('trustFunds.transaction.earmark')}
                en={form.getInputProps('earmark.en')}
                fr={form.getInputProps('earmark.fr')}
                error={form.errors.earmark}
                maxLength={300}
              />
              <TextInput
                label={t('trustFunds.transaction.reference')}
                maxLength={200}
                {...form.getInputProps('reference')}
              />
              {current && (
                <Text size="xs" c="dimmed">
                  {t('trustFunds.transactionForm.reconvertNote')}
                </Text>
              )}
              <ModalActions
                onCancel={close}
                pending={save.isPending}
                submitLabel={current ? t('common.save') : t('trustFunds.transactionForm.submit')}
              />
            </Stack>
          </form>
        </DatesProvider>
      </AppModal>
      {/* Beside the form, not inside it: a submit or Escape in the organisation's modal stays there. */}
      {access.write && (
        <OrganisationFormModal
          opened={organisationFormOpened}
          onClose={organisationForm.close}
          zIndex={300}
          onSaved={(organisation) => {
            setAdded(organisation);
            form.setFieldValue('partyId', organisation.id);
            form.setFieldValue('pledgeId', '');
          }}
        />
      )}
    </>
  );
}
