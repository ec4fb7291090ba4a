import { NumberInput, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../core/bilingual';
import { createTermBodySchema } from '../../../modules/taxonomies/taxonomies.schemas';
import { describeIssue } from '../../../shared/validation-messages';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { AppModal } from '../../ui/app-modal';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { ErrorAlert } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import {
  type TaxonomyEntry,
  type TaxonomyInput,
  type TaxonomyKind,
  useSaveTaxonomyEntry,
} from './taxonomies.api';

interface Values {
  code: string;
  name: Bilingual;
  description: Bilingual;
  sinceYear: number | string;
  active: boolean;
}

interface Props {
  kind: TaxonomyKind;
  /** The entry to edit; null for a new one. */
  entry: TaxonomyEntry | null;
  opened: boolean;
  onClose: () => void;
}

function toInput(kind: TaxonomyKind, values: Values): TaxonomyInput {
  const input: TaxonomyInput = {
    code: values.code.trim(),
    name: values.name,
    description: values.description,
    active: values.active,
  };
  if (kind === 'frameworks') input.sinceYear = values.sinceYear === '' ? null : Number(values.sinceYear);
  return input;
}

export function TaxonomyFormModal({ kind, entry, opened, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveTaxonomyEntry(kind);
  const form = useForm<Values>({
    initialValues: {
      code: entry?.code ?? '',
      name: entry ? { ...entry.name } : { en: '', fr: '' },
      description: entry ? { ...entry.description } : { en: '', fr: '' },
      sinceYear: entry?.sinceYear ?? '',
      active: entry?.active ?? true,
    },
    validate: (values) => {
      const result = createTermBodySchema.safeParse(toInput(kind, values));
      if (result.success) return {};
      const errors: Record<string, string> = {};
      for (const issue of result.error.issues) {
        const { path, message } = describeIssue(issue, currentLocale());
        errors[path] ??= message;
      }
      return errors;
    },
  });
  const title = t(entry ? `taxonomy.${kind}.editTitle` : `taxonomy.${kind}.newTitle`);

  return (
    <AppModal opened={opened} onClose={onClose} title={title} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          save.mutate(
            { id: entry?.id ?? null, version: entry?.version ?? 0, input: toInput(kind, values) },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('taxonomy.saved') });
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
          <TextInput
            label={t('taxonomy.code')}
            description={t('taxonomy.codeHint')}
            required
            maxLength={40}
            data-autofocus
            {...form.getInputProps('code')}
          />
          <BilingualInputs
            label={t('taxonomy.name')}
            en={form.getInputProps('name.en')}
            fr={form.getInputProps('name.fr')}
            error={form.errors.name}
            maxLength={200}
          />
          <BilingualInputs
            label={t('taxonomy.description')}
            en={form.getInputProps('description.en')}
            fr={form.getInputProps('description.fr')}
            error={form.errors.description}
            multiline
            maxLength={2000}
          />
          {kind === 'frameworks' && (
            <NumberInput
              label={t('taxonomy.sinceYear')}
              min={1900}
              max={2100}
              allowDecimal={false}
              thousandSeparator={false}
              w={200}
              {...form.getInputProps('sinceYear')}
            />
          )}
          <Switch label={t('taxonomy.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <ModalActions onCancel={onClose} pending={save.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}
