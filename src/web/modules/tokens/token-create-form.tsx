import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Paper,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { createTokenBodySchema } from '../../../modules/auth/auth.schemas';
import { ErrorAlert } from '../../ui/error-alert';
import { serverErrors, zodErrors } from '../users/user-form-helpers';
import { useCreateToken } from './tokens.api';

interface Values {
  name: string;
  expiresInDays: number | string;
}

function toInput(values: Values) {
  return {
    name: values.name.trim(),
    ...(values.expiresInDays === '' ? {} : { expiresInDays: Number(values.expiresInDays) }),
  };
}

export function TokenCreateForm() {
  const { t } = useTranslation();
  const create = useCreateToken();
  const form = useForm<Values>({
    initialValues: { name: '', expiresInDays: 90 },
    validate: (values) => zodErrors(createTokenBodySchema, toInput(values)),
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-token-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="new-token-title">
          {t('tokens.newTitle')}
        </Title>
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            create.mutate(toInput(values), {
              onSuccess: () => form.reset(),
              onError: (error) => form.setErrors(serverErrors(error)),
            }),
          )}
        >
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('tokens.name')}
              description={t('tokens.nameHint')}
              required
              maxLength={100}
              style={{ flex: '1 1 260px' }}
              {...form.getInputProps('name')}
            />
            <NumberInput
              label={t('tokens.expiresInDays')}
              description={t('tokens.expiresHint')}
              min={1}
              max={730}
              allowDecimal={false}
              w={200}
              {...form.getInputProps('expiresInDays')}
            />
            <Button
              type="submit"
              mt={46}
              loading={create.isPending}
              leftSection={<IconKey size={16} aria-hidden />}
            >
              {t('tokens.create')}
            </Button>
          </Group>
        </form>
        <ErrorAlert error={create.error} />
        {create.data && (
          <Alert color="green" title={t('tokens.createdTitle')} role="status" data-testid="new-token">
            <Stack gap="xs">
              {t('tokens.createdBody')}
              <Group gap="xs" wrap="nowrap">
                <Code style={{ overflowWrap: 'anywhere' }} data-testid="new-token-secret">
                  {create.data.token}
                </Code>
                <CopyButton value={create.data.token}>
                  {({ copied, copy }) => (
                    <Button
                      size="xs"
                      variant={copied ? 'filled' : 'light'}
                      color={copied ? 'green' : undefined}
                      leftSection={
                        copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                      }
                      onClick={copy}
                    >
                      {copied ? t('tokens.copied') : t('tokens.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
