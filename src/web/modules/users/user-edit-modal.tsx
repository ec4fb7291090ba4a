import { Divider, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type UpdateUserBody, updateUserBodySchema } from '../../../modules/users/users.schemas';
import type { Locale, Role } from '../../../shared/enums';
import { AppModal } from '../../ui/app-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import { PasswordInput } from '../../ui/password-input';
import { UserBindingFields } from './user-binding-fields';
import { bindingFor, localeOptions, serverErrors, zodErrors } from './user-form-helpers';
import { type User, useUpdateUser } from './users.api';

interface Values {
  displayName: string;
  role: Role;
  partnerId: string | null;
  providerId: string | null;
  locale: Locale;
  active: boolean;
  newPassword: string;
}

function toInput(values: Values): UpdateUserBody {
  const input: UpdateUserBody = {
    displayName: values.displayName.trim(),
    role: values.role,
    locale: values.locale,
    active: values.active,
    ...bindingFor(values.role, values.partnerId, values.providerId),
  };
  // A reset password is a temporary one: the user must choose their own at next sign-in.
  if (values.newPassword) Object.assign(input, { password: values.newPassword, mustChangePassword: true });
  return input;
}

export function UserEditModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const form = useForm<Values>({
    initialValues: {
      displayName: user.displayName,
      role: user.role,
      partnerId: user.partnerId,
      providerId: user.providerId,
      locale: user.locale,
      active: user.active,
      newPassword: '',
    },
    validate: (values) => {
      const errors = zodErrors(updateUserBodySchema, toInput(values));
      if (errors.password) errors.newPassword = errors.password;
      if (values.role === 'partner_liaison' && !values.partnerId) errors.partnerId = t('validation.required');
      if (values.role === 'activity_provider' && !values.providerId)
        errors.providerId = t('validation.required');
      return errors;
    },
  });

  return (
    <AppModal opened onClose={onClose} title={t('users.editTitle', { email: user.email })} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          update.mutate(
            { user, input: toInput(values) },
            {
              onSuccess: () => {
                notifications.show({
                  color: 'green',
                  message: values.newPassword ? t('users.passwordReset') : t('users.saved'),
                });
                onClose();
              },
              onError: (error) => {
                const errors = serverErrors(error);
                if (errors.password) errors.newPassword = errors.password;
                form.setErrors(errors);
              },
            },
          ),
        )}
      >
        <Stack gap="sm">
          <ErrorAlert error={update.error} />
          <Text size="sm">
            {t('users.email')}: <strong>{user.email}</strong>
          </Text>
          <TextInput
            label={t('users.displayName')}
            required
            data-autofocus
            {...form.getInputProps('displayName')}
          />
          <UserBindingFields
            role={form.values.role}
            roleProps={form.getInputProps('role')}
            partnerProps={form.getInputProps('partnerId')}
            providerProps={form.getInputProps('providerId')}
          />
          <Select
            label={t('users.locale')}
            data={localeOptions(t)}
            allowDeselect={false}
            {...form.getInputProps('locale')}
          />
          <Switch label={t('users.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <Divider label={t('users.resetPassword')} labelPosition="left" />
          <PasswordInput
            label={t('users.newPassword')}
            description={t('users.resetPasswordHint', { min: 12 })}
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <ModalActions onCancel={onClose} pending={update.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}
