import { DateInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import { currentLocale } from '../../i18n';
import { parseTypedDate } from '../menu/typed-date';

/** What `form.getInputProps(path)` returns for a date kept as `YYYY-MM-DD` ('' when empty). */
// biome-ignore lint/suspicious/noExplicitAny: Mantine's getInputProps is loosely typed
type InputProps = Record<string, any>;

/** A date field of a form: shown as `9 Mar 2027`, typed in either language's way, kept as ISO text. */
export function FormDateInput({
  label,
  inputProps,
  required,
  description,
  testId,
}: {
  label: string;
  inputProps: InputProps;
  required?: boolean;
  description?: ReactNode;
  testId?: string;
}) {
  return (
    <DateInput
      label={label}
      description={description}
      valueFormat="D MMM YYYY"
      dateParser={(input: string) => parseTypedDate(input, currentLocale())}
      required={required}
      clearable={!required}
      data-testid={testId}
      {...inputProps}
      value={inputProps.value || null}
      onChange={(next: string | null) => inputProps.onChange(next ?? '')}
    />
  );
}
