import { Group, MultiSelect, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fundStatuses, releasabilities } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { AppModal } from '../../ui/app-modal';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { FormAlerts } from '../../ui/form-alerts';
import { ModalActions } from '../../ui/modal-actions';
import { labelOf } from '../../ui/translated-text';
import { releasabilityLabel } from '../partners/partner-labels';
import { usePartnerOptions } from '../partners/partners.api';
import {
  currencyOptions,
  emptyFund,
  type FundFormValues,
  fieldOfFundProblem,
  isFundFieldPath,
  toFundBody,
  validateFund,
} from './fund-form-values';
import { fundStatusLabel } from './tf-labels';
import { useCreateFund } from './trust-funds.api';

/** "New fund": code, names and descriptions in both languages, account currency, status, who may see it. */
export function FundFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const create = useCreateFund();
  const form = useForm<FundFormValues>({
    initialValues: emptyFund,
    validate: (values) =>
      validateFund(values, { locale: currentLocale(), requiredMessage: t('validation.required') }),
  });
  const partners = usePartnerOptions(opened && form.values.releasability === 'releasable');
  const alertsRef = useRef<HTMLDivElement>(null);
  const problem = create.error instanceof ApiError ? create.error : null;
  const otherErrors = (problem?.fieldErrors ?? []).filter((e) => !isFundFieldPath(e.path));

  const close = () => {
    onClose();
    create.reset();
    form.reset();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(toFundBody(values), {
      onSuccess: (fund) => {
        notifications.show({ color: 'green', message: t('trustFunds.fundForm.saved') });
        close();
        navigate(`/trust-funds/${fund.id}`);
      },
      onError: (error) => {
        const errors: Record<string, string> = {};
        if (error instanceof ApiError) {
          for (const e of error.fieldErrors) if (isFundFieldPath(e.path)) errors[e.path] ??= e.message;
          const field = fieldOfFundProblem(error.code);
          if (field) errors[field] ??= error.message;
        }
        flushSync(() => form.setErrors(errors));
        if (Object.keys(errors).length === 0) alertsRef.current?.focus();
      },
    }),
  );

  return (
    <AppModal opened={opened} onClose={close} title={t('trustFunds.fundForm.title')} size="lg">
      <form noValidate onSubmit={submit} data-testid="fund-form">
        <Stack gap="sm">
          <FormAlerts
            alertsRef={alertsRef}
            stale={false}
            reloadLabel=""
            error={create.error}
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
          <Radio.Group
            label={t('trustFunds.releasability')}
            {...form.getInputProps('releasability')}
            onChange={(value) =>
              form.setFieldValue('releasability', value as FundFormValues['releasability'])
            }
          >
            <Group gap="lg" mt="xs">
              {releasabilities.map((r) => (
                <Radio key={r} value={r} label={releasabilityLabel(t, r)} />
              ))}
            </Group>
          </Radio.Group>
          {form.values.releasability === 'releasable' && (
            <MultiSelect
              label={t('trustFunds.releasableTo')}
              data={(partners.data ?? []).map((p) => ({ value: p.id, label: labelOf(p.name) }))}
              searchable
              required
              nothingFoundMessage={t('common.nothingFound')}
              {...form.getInputProps('releasableTo')}
            />
          )}
          <ModalActions
            onCancel={close}
            pending={create.isPending}
            submitLabel={t('trustFunds.fundForm.submit')}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
