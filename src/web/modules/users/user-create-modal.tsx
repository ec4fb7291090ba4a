import { Checkbox, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { createUserBodySchema } from '../../../modules/users/users.schemas';
import type { Locale, Role } from '../../../shared/enums';
import { AppModal } from '../../ui/app-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import { PasswordInput } from '../../ui/password-input';
import { UserBindingFields } from './user-binding-fields';
import { bindingFor, localeOptions, serverErrors, zodErrors } from './user-form-helpers';
import { useCreateUser } from './users.api';

interface Values {
  email: string;
  displayName: string;
  role: Role;
  partnerId: string | null;
  providerId: string | null;
  locale: Locale;
  password: string;
  mustChangePassword: boolean;
}

function toInput(values: Values) {
  return {
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    role: values.role,
    locale: values.locale,
    password: values.password,
    mustChangePassword: values.mustChangePassword,
    ...bindingFor(values.role, values.partnerId, values.providerId),
  };
}

export function UserCreateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useForm<Values>({
    initialValues: {
      email: '',
      displayName: '',
      role: 'viewer',
      partnerId: null,
      providerId: null,
      locale: 'en',
      password: '',
      mustChangePassword: true,
    },
    validate: (values) => zodErrors(createUserBodySchema, toInput(values)),
  });

  return (
    <AppModal opened={opened} onClose={onClose} title={t('users.newTitle')} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          create.mutate(toInput(values), {
            onSuccess: (user) => {
              notifications.show({ color: 'green', message: t('users.created', { email: user.email }) });
              onClose();
            },
            onError: (error) => form.setErrors(serverErrors(error)),
          }),
        )}
      >
        <Stack gap="sm">
          <ErrorAlert error={create.error} />
          <TextInput
            label={t('users.email')}
            type="email"
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <TextInput label={t('users.displayName')} required {...form.getInputProps('displayName')} />
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
          <PasswordInput
            label={t('users.initialPassword')}
            description={t('password.rule', { min: 12 })}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Checkbox
            label={t('users.mustChangePassword')}
            {...form.getInputProps('mustChangePassword', { type: 'checkbox' })}
          />
          <ModalActions onCancel={onClose} pending={create.isPending} submitLabel={t('users.create')} />
        </Stack>
      </form>
    </AppModal>
  );
}
