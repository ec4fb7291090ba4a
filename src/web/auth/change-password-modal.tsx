import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../ui/app-modal';
import { ErrorAlert } from '../ui/error-alert';
import { PasswordInput } from '../ui/password-input';
import { useChangePassword, useLogout, useSession } from './session';

const minLength = 12;

/** Shown while the account must change its password (new accounts, resets): nothing else until it is done. */
export function ChangePasswordModal() {
  const { t } = useTranslation();
  const { me } = useSession();
  const change = useChangePassword();
  const logout = useLogout();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('validation.required')),
      newPassword: (value) =>
        value.length >= minLength ? null : t('validation.passwordLength', { min: minLength }),
      confirm: (value, values) => (value === values.newPassword ? null : t('validation.passwordMismatch')),
    },
  });

  const opened = Boolean(me?.mustChangePassword);
  return (
    <AppModal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('password.title')}
      centered
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          change.mutate(
            { currentPassword: values.currentPassword, newPassword: values.newPassword },
            {
              onSuccess: () => {
                form.reset();
                notifications.show({ color: 'green', message: t('password.changed') });
              },
            },
          ),
        )}
      >
        <Stack>
          <Text size="sm">{t('password.mustChange')}</Text>
          <ErrorAlert error={change.error} />
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('password.new')}
            description={t('password.rule', { min: minLength })}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('password.confirm')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Group justify="space-between">
            <Button variant="default" onClick={() => logout.mutate()}>
              {t('auth.signOut')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
