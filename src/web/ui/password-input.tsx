import { PasswordInput as MantinePasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's password input with its show/hide button labelled in the UI language, and marked
 * invalid for assistive technology when it shows an error (Mantine sets only a data attribute).
 */
export function PasswordInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <MantinePasswordInput
      visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  );
}
