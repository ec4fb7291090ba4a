import { Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../core/bilingual';
import { createProviderBodySchema } from '../../../modules/providers/providers.schemas';
import { type ProviderKind, providerKinds } from '../../../shared/enums';
import { describeIssue } from '../../../shared/validation-messages';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { AppModal } from '../../ui/app-modal';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { ErrorAlert } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import { countryOptions } from './country-options';
import { type Provider, type ProviderInput, useSaveProvider } from './providers.api';

interface Values {
  code: string;
  name: Bilingual;
  kind: ProviderKind;
  countryCode: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  active: boolean;
}

function toValues(provider: Provider | null): Values {
  return {
    code: provider?.code ?? '',
    name: provider ? { ...provider.name } : { en: '', fr: '' },
    kind: provider?.kind ?? 'training_centre',
    countryCode: provider?.countryCode ?? '',
    contactName: provider?.contactName ?? '',
    contactEmail: provider?.contactEmail ?? '',
    contactPhone: provider?.contactPhone ?? '',
    website: provider?.website ?? '',
    active: provider?.active ?? true,
  };
}

export function toProviderInput(values: Values): ProviderInput {
  return {
    code: values.code.trim(),
    name: values.name,
    kind: values.kind,
    countryCode: values.countryCode === '' ? null : values.countryCode,
    contactName: values.contactName,
    contactEmail: values.contactEmail.trim(),
    contactPhone: values.contactPhone,
    website: values.website.trim(),
    active: values.active,
  };
}

interface Props {
  /** The provider to edit; null for a new one. */
  provider: Provider | null;
  onClose: () => void;
}

export function ProviderFormModal({ provider, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveProvider();
  const locale = currentLocale();
  const form = useForm<Values>({
    initialValues: toValues(provider),
    validate: (values) => {
      const result = createProviderBodySchema.safeParse(toProviderInput(values));
      if (result.success) return {};
      const errors: Record<string, string> = {};
      for (const issue of result.error.issues) {
        const { path, message } = describeIssue(issue, locale);
        errors[path] ??= message;
      }
      return errors;
    },
  });
  const title = provider ? t('providers.editTitle', { code: provider.code }) : t('providers.newTitle');

  return (
    <AppModal opened onClose={onClose} title={title} size="lg">
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit((values) =>
          save.mutate(
            { provider, input: toProviderInput(values) },
            {
              onSuccess: (saved) => {
                notifications.show({ color: 'green', message: t('providers.saved', { code: saved.code }) });
                onClose();
              },
              onError: (error) => {
                if (!(error instanceof ApiError)) return;
                const errors: Record<string, string> = {};
                for (const e of error.fieldErrors) errors[e.path] ??= e.message;
                if (error.status === 409) errors.code = error.message;
                form.setErrors(errors);
              },
            },
          ),
        )}
      >
        <Stack gap="sm">
          <ErrorAlert error={save.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('providers.code')}
              description={t('providers.codeHint')}
              required
              maxLength={20}
              data-autofocus
              {...form.getInputProps('code')}
            />
            <Select
              label={t('providers.kind')}
              data={providerKinds.map((k) => ({ value: k, label: t(`providers.kinds.${k}`) }))}
              allowDeselect={false}
              required
              {...form.getInputProps('kind')}
            />
          </SimpleGrid>
          <BilingualInputs
            label={t('providers.name')}
            en={form.getInputProps('name.en')}
            fr={form.getInputProps('name.fr')}
            error={form.errors.name}
            required
            maxLength={200}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('providers.country')}
              data={countryOptions(locale)}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
              {...form.getInputProps('countryCode')}
              value={form.values.countryCode || null}
              onChange={(value) => form.setFieldValue('countryCode', value ?? '')}
            />
            <TextInput
              label={t('providers.website')}
              placeholder="https://"
              type="url"
              maxLength={300}
              {...form.getInputProps('website')}
            />
            <TextInput
              label={t('providers.contactName')}
              maxLength={200}
              {...form.getInputProps('contactName')}
            />
            <TextInput
              label={t('providers.contactEmail')}
              type="email"
              maxLength={254}
              {...form.getInputProps('contactEmail')}
            />
            <TextInput
              label={t('providers.contactPhone')}
              type="tel"
              maxLength={50}
              {...form.getInputProps('contactPhone')}
            />
          </SimpleGrid>
          <Switch label={t('providers.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <ModalActions onCancel={onClose} pending={save.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}
