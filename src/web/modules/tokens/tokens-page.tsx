import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { AppModal } from '../../ui/app-modal';
import { ErrorAlert, useErrorMessage } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { StateBadge } from '../../ui/state-badge';
import { usePageTitle } from '../../ui/use-page-title';
import { TokenCreateForm } from './token-create-form';
import { type ApiToken, useRevokeToken, useTokens } from './tokens.api';

function tokenState(token: ApiToken): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() < Date.now()) return 'expired';
  return 'active';
}

const stateColor = { active: 'green', expired: 'orange', revoked: 'gray' } as const;

export function TokensPage() {
  const { t } = useTranslation();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const errorMessage = useErrorMessage();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const locale = currentLocale();
  const when = (value: string | null) => (value ? formatDateTime(value, locale) : '—');
  usePageTitle(t('tokens.title'));

  return (
    <Stack gap="md">
      <Title order={1}>{t('tokens.title')}</Title>
      <Text>{t('tokens.intro')}</Text>
      <TokenCreateForm />
      <ErrorAlert error={tokens.error} />
      {tokens.isPending ? (
        <LoadingState />
      ) : tokens.data && tokens.data.length === 0 ? (
        <Text c="dimmed">{t('tokens.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm" aria-label={t('tokens.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tokens.name')}</Table.Th>
                <Table.Th>{t('tokens.prefix')}</Table.Th>
                <Table.Th>{t('tokens.createdAt')}</Table.Th>
                <Table.Th>{t('tokens.expiresAt')}</Table.Th>
                <Table.Th>{t('tokens.lastUsedAt')}</Table.Th>
                <Table.Th>{t('tokens.state')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(tokens.data ?? []).map((token) => {
                const state = tokenState(token);
                return (
                  <Table.Tr key={token.id}>
                    <Table.Td>{token.name}</Table.Td>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {token.prefix}…
                      </Text>
                    </Table.Td>
                    <Table.Td>{when(token.createdAt)}</Table.Td>
                    <Table.Td>{when(token.expiresAt)}</Table.Td>
                    <Table.Td>{when(token.lastUsedAt)}</Table.Td>
                    <Table.Td>
                      <StateBadge color={stateColor[state]} variant="light">
                        {t(`tokens.states.${state}`)}
                      </StateBadge>
                    </Table.Td>
                    <Table.Td>
                      {state !== 'revoked' && (
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          onClick={() => setRevoking(token)}
                          aria-label={t('tokens.revokeNamed', { name: token.name })}
                        >
                          {t('tokens.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AppModal opened={revoking !== null} onClose={() => setRevoking(null)} title={t('tokens.revokeTitle')}>
        <Stack>
          <Text>{t('tokens.revokeConfirm', { name: revoking?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() =>
                revoking &&
                revoke.mutate(revoking.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('tokens.revoked') });
                    setRevoking(null);
                  },
                  onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
                })
              }
            >
              {t('tokens.revoke')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Stack>
  );
}
