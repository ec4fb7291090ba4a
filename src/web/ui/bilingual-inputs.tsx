import { Input, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What `form.getInputProps(path)` returns for a text input. */
// biome-ignore lint/suspicious/noExplicitAny: Mantine's getInputProps is loosely typed
type InputProps = Record<string, any>;

interface Props {
  label: string;
  en: InputProps;
  fr: InputProps;
  /** An error about the pair (e.g. "give at least one language"). */
  error?: ReactNode;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
  testId?: string;
}

/** The English and French versions of one text, side by side, each labelled with its language. */
export function BilingualInputs({ label, en, fr, error, required, multiline, maxLength, testId }: Props) {
  const { t } = useTranslation();
  const Field = multiline ? Textarea : TextInput;
  const extra = multiline ? { autosize: true, minRows: 3, maxRows: 12 } : {};
  return (
    <div data-testid={testId}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Field
          label={`${label} (${t('common.languages.en')})`}
          lang="en"
          required={required}
          maxLength={maxLength}
          {...extra}
          {...en}
        />
        <Field
          label={`${label} (${t('common.languages.fr')})`}
          lang="fr"
          required={required}
          maxLength={maxLength}
          {...extra}
          {...fr}
        />
      </SimpleGrid>
      {error && <Input.Error mt={4}>{error}</Input.Error>}
    </div>
  );
}
