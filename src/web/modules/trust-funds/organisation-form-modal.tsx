import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { type OrganisationKind, organisationKinds } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { ApiError, formErrorsOf } from '../../lib/api-client';
import { AppModal } from '../../ui/app-modal';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { FormAlerts } from '../../ui/form-alerts';
import { ModalActions } from '../../ui/modal-actions';
import { labelOf } from '../../ui/translated-text';
import { usePartnerOptions } from '../partners/partners.api';
import { fetchOrganisation, useCreateOrganisation, useUpdateOrganisation } from './funds-write.api';
import {
  emptyOrganisation,
  fieldOfOrganisationProblem,
  isOrganisationFieldPath,
  type OrganisationFormValues,
  organisationToValues,
  toOrganisationBody,
  validateOrganisation,
} from './organisation-form-values';
import type { Organisation } from './trust-funds.api';

/**
 * "New organisation": a donor, a lead nation or an executing agency, so that the pickers of the fund,
 * project and transaction forms can name it. A partner's row takes the partner's own names. Given an
 * organisation, it edits it (PUT with If-Match of the version shown); a partner's row stays its
 * partner's, and another organisation never becomes one.
 */
export function OrganisationFormModal({
  opened,
  onClose,
  onSaved,
  organisation = null,
  zIndex,
}: {
  opened: boolean;
  onClose: () => void;
  onSaved?: (organisation: Organisation) => void;
  organisation?: Organisation | null;
  /** Above another modal it was opened from (the transaction form's "New donor"). */
  zIndex?: number;
}) {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  // The version the next save answers for: the one shown, or the latest after a reload.
  const [current, setCurrent] = useState<Organisation | null>(organisation);
  const save = current ? update : create;
  const initial = organisation ? organisationToValues(organisation) : emptyOrganisation;
  const form = useForm<OrganisationFormValues>({
    initialValues: initial,
    validate: (values) => validateOrganisation(values, currentLocale()),
  });
  const partner = form.values.kind === 'partner';
  const partnerRow = current?.kind === 'partner';
  const partners = usePartnerOptions(opened && partner);
  const alertsRef = useRef<HTMLDivElement>(null);
  const problem = save.error instanceof ApiError ? save.error : null;
  const stale = problem?.status === 412;
  const otherErrors = (problem?.fieldErrors ?? []).filter((e) => !isOrganisationFieldPath(e.path));
  // Editing, the kind moves among the non-partner kinds only.
  const kinds = current
    ? organisationKinds.filter((k) => (k === 'partner') === partnerRow)
    : organisationKinds;

  const close = () => {
    onClose();
    create.reset();
    update.reset();
    setCurrent(organisation);
    form.setInitialValues(initial);
    form.reset();
  };
  const reload = async () => {
    if (!current) return;
    const latest = await fetchOrganisation(current.id);
    setCurrent(latest);
    form.setValues(organisationToValues(latest));
    update.reset();
  };
  const submit = form.onSubmit((values) => {
    const body = toOrganisationBody(values);
    const options = {
      onSuccess: (saved: Organisation) => {
        notifications.show({
          color: 'green',
          message: t(current ? 'trustFunds.organisationForm.updated' : 'trustFunds.organisationForm.saved', {
            name: labelOf(saved.name),
          }),
        });
        onSaved?.(saved);
        close();
      },
      onError: (error: Error) => {
        const errors = formErrorsOf(error, isOrganisationFieldPath, fieldOfOrganisationProblem);
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
      title={
        organisation
          ? t('trustFunds.organisationForm.editTitle', { name: labelOf(organisation.name) })
          : t('trustFunds.organisationForm.title')
      }
      size="lg"
      zIndex={zIndex}
    >
      <form noValidate onSubmit={submit} data-testid="organisation-form">
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
          <Select
            label={t('trustFunds.organisation.kind')}
            data={kinds.map((k) => ({ value: k, label: t(`trustFunds.organisationKind.${k}`) }))}
            allowDeselect={false}
            required
            disabled={partnerRow}
            data-autofocus
            {...form.getInputProps('kind')}
            onChange={(value) => value && form.setFieldValue('kind', value as OrganisationKind)}
          />
          {partner ? (
            <Select
              label={t('trustFunds.organisation.partner')}
              description={t('trustFunds.organisationForm.partnerHint')}
              data={(partners.data ?? []).map((p) => ({ value: p.id, label: labelOf(p.name) }))}
              searchable
              required
              disabled={partnerRow}
              nothingFoundMessage={t('common.nothingFound')}
              {...form.getInputProps('partnerId')}
            />
          ) : (
            <BilingualInputs
              label={t('trustFunds.organisation.name')}
              en={form.getInputProps('name.en')}
              fr={form.getInputProps('name.fr')}
              error={form.errors.name}
              required
              maxLength={300}
            />
          )}
          {form.values.kind === 'member_state' && (
            <TextInput
              label={t('trustFunds.organisation.isoCode')}
              description={t('trustFunds.organisationForm.isoCodeHint')}
              maxLength={2}
              w={{ base: '100%', sm: 200 }}
              {...form.getInputProps('isoCode')}
            />
          )}
          <Group grow align="flex-start">
            <TextInput
              label={t('trustFunds.organisation.iatiRef')}
              description={t('trustFunds.organisationForm.iatiRefHint')}
              maxLength={100}
              {...form.getInputProps('iatiRef')}
            />
            <TextInput
              label={t('trustFunds.organisation.iatiType')}
              description={t('trustFunds.organisationForm.iatiTypeHint')}
              maxLength={2}
              {...form.getInputProps('iatiType')}
            />
          </Group>
          <ModalActions
            onCancel={close}
            pending={save.isPending}
            submitLabel={current ? t('common.save') : t('trustFunds.organisationForm.submit')}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
