import { Alert, Button, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../ui/error-alert';
import { LoadingState } from '../ui/loading-state';
import { PasswordInput } from '../ui/password-input';
import { usePageTitle } from '../ui/use-page-title';
import { useLogin, useSession } from './session';

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/partners';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { me, isPending } = useSession();
  const login = useLogin();
  const sessionEnded = Boolean((useLocation().state as { sessionEnded?: boolean } | null)?.sessionEnded);
  usePageTitle(t('auth.signInTitle'));

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : t('validation.required')),
      password: (value) => (value ? null : t('validation.required')),
    },
  });

  if (isPending) return <LoadingState />;
  if (me && !login.isPending) return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <Stack maw={420} mx="auto" mt="xl">
      <Paper withBorder p="lg" radius="md">
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            login.mutate(
              { email: values.email.trim(), password: values.password },
              { onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }) },
            ),
          )}
        >
          <Stack>
            <Title order={1} size="h2">
              {t('auth.signInTitle')}
            </Title>
            {sessionEnded && !login.error && (
              <Alert color="blue" role="status">
                {t('auth.sessionEnded')}
              </Alert>
            )}
            <ErrorAlert error={login.error} title={t('auth.signInFailed')} />
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              autoFocus
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={login.isPending}>
              {t('auth.signIn')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
