import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fundStatuses } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { ApiError, api, formErrorsOf } from '../../lib/api-client';
import { AppModal } from '../../ui/app-modal';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { FormAlerts } from '../../ui/form-alerts';
import { ModalActions } from '../../ui/modal-actions';
import { ReleasabilityFields } from '../../ui/releasability-fields';
import { labelOf } from '../../ui/translated-text';
import { usePartnerOptions } from '../partners/partners.api';
import {
  currencyOptions,
  emptyFund,
  type FundFormValues,
  fieldOfFundProblem,
  fundToValues,
  isFundFieldPath,
  toFundBody,
  validateFund,
} from './fund-form-values';
import { useUpdateFund } from './funds-write.api';
import { fundStatusLabel } from './tf-labels';
import { type Fund, useCreateFund, useOrganisations } from './trust-funds.api';

/**
 * "New fund", or "Edit the fund" when given one (PUT with If-Match of the version shown): code, names and
 * descriptions in both languages, account currency, status, beneficiary, manager, who may see it.
 */
export function FundFormModal({
  opened,
  onClose,
  fund = null,
}: {
  opened: boolean;
  onClose: () => void;
  fund?: Fund | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const create = useCreateFund();
  const update = useUpdateFund();
  // The version the next save answers for: the one shown, or the latest after a reload.
  const [current, setCurrent] = useState<Fund | null>(fund);
  const save = current ? update : create;
  const form = useForm<FundFormValues>({
    initialValues: fund ? fundToValues(fund) : emptyFund,
    validate: (values) =>
      validateFund(values, { locale: currentLocale(), requiredMessage: t('validation.required') }),
  });
  const partners = usePartnerOptions(opened);
  const organisations = useOrganisations(opened);
  const alertsRef = useRef<HTMLDivElement>(null);
  const problem = save.error instanceof ApiError ? save.error : null;
  const stale = problem?.status === 412;
  const otherErrors = (problem?.fieldErrors ?? []).filter((e) => !isFundFieldPath(e.path));
  const partnerOptions = (partners.data ?? []).map((p) => ({ value: p.id, label: labelOf(p.name) }));

  const close = () => {
    onClose();
    create.reset();
    update.reset();
    setCurrent(fund);
    form.setInitialValues(fund ? fundToValues(fund) : emptyFund);
    form.reset();
  };
  const reload = async () => {
    if (!current) return;
    const latest = await api.get<Fund>(`/trust-funds/${encodeURIComponent(current.id)}`);
    setCurrent(latest);
    form.setValues(fundToValues(latest));
    update.reset();
  };
  const onSuccess = (saved: Fund) => {
    notifications.show({
      color: 'green',
      message: t(current ? 'trustFunds.fundForm.updated' : 'trustFunds.fundForm.saved'),
    });
    close();
    if (!current) navigate(`/trust-funds/${saved.id}`);
  };
  const submit = form.onSubmit((values) => {
    const body = toFundBody(values);
    const options = {
      onSuccess,
      onError: (error: Error) => {
        const errors = formErrorsOf(error, isFundFieldPath, fieldOfFundProblem);
        flushSync(() => form.setErrors(errors));
        if (Object.keys(errors).length === 0) alertsRef.current?.focus();
      },
    };
    if (current) update.mutate({ current, body }, options);
    else create.mutate(body, options);
  });

  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={fund ? t('trustFunds.fundForm.editTitle', { code: fund.code }) : t('trustFunds.fundForm.title')}
      size="lg"
    >
      <form noValidate onSubmit={submit} data-testid="fund-form">
        <Stack gap="sm">
          <FormAlerts
            alertsRef={alertsRef}
            stale={stale}
            onReload={() => void reload()}
            reloadLabel={t('trustFunds.projectForm.reload')}
            error={save.error}
            otherErrors={otherErrors}
            fixErrorsTitle={null}
          />
          <TextInput
            label={t('trustFunds.fund.code')}
            description={t('trustFunds.fundForm.codeHint')}
            required
            data-autofocus
            maxLength={40}
            w={{ base: '100%', sm: 240 }}
            {...form.getInputProps('code')}
          />
          <BilingualInputs
            label={t('trustFunds.fund.name')}
            en={form.getInputProps('name.en')}
            fr={form.getInputProps('name.fr')}
            error={form.errors.name}
            maxLength={300}
          />
          <BilingualInputs
            label={t('trustFunds.fund.description')}
            en={form.getInputProps('description.en')}
            fr={form.getInputProps('description.fr')}
            error={form.errors.description}
            multiline
            maxLength={8000}
          />
          <Group grow align="flex-start">
            <Select
              label={t('trustFunds.fund.currency')}
              description={t('trustFunds.fundForm.currencyHint')}
              data={currencyOptions(locale)}
              searchable
              required
              allowDeselect={false}
              nothingFoundMessage={t('common.nothingFound')}
              {...form.getInputProps('currency')}
              value={form.values.currency || null}
              onChange={(value) => form.setFieldValue('currency', value ?? '')}
            />
            <Select
              label={t('trustFunds.fund.status')}
              data={fundStatuses.map((s) => ({ value: s, label: fundStatusLabel(t, s) }))}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t('trustFunds.fund.beneficiary')}
              data={partnerOptions}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
              {...form.getInputProps('beneficiaryPartnerId')}
            />
            <Select
              label={t('trustFunds.fund.manager')}
              description={t('trustFunds.fundForm.managerHint')}
              data={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: labelOf(o.name) }))}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
              {...form.getInputProps('managerOrgId')}
              data-testid="fund-manager"
            />
          </Group>
          <ReleasabilityFields
            label={t('trustFunds.releasability')}
            releasableToLabel={t('trustFunds.releasableTo')}
            releasability={form.getInputProps('releasability')}
            releasableTo={form.getInputProps('releasableTo')}
            onChange={(value) => form.setFieldValue('releasability', value)}
            partners={partnerOptions}
          />
          <ModalActions
            onCancel={close}
            pending={save.isPending}
            submitLabel={current ? t('common.save') : t('trustFunds.fundForm.submit')}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
