import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { providerKinds } from '../../../shared/enums';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { StateBadge } from '../../ui/state-badge';
import { labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { countryName } from '../menu/menu-labels';
import { ProviderFormModal } from './provider-form-modal';
import { type Provider, useProviderList } from './providers.api';

/** The registry of activity providers: everyone reads it, staff keep it. */
export function ProvidersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [kind, setKind] = useState<string | null>(null);
  // `undefined`: closed; `null`: a new provider; otherwise the one being edited.
  const [editing, setEditing] = useState<Provider | null | undefined>(undefined);
  const list = useProviderList({ q: debouncedQ || undefined, kind: kind ?? undefined });
  const locale = currentLocale();
  const canWrite = can('provider.write');
  usePageTitle(t('providers.title'));

  const items = list.data?.items ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('providers.title')}</Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
            {t('providers.new')}
          </Button>
        )}
      </Group>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('providers.searchRegion')}>
        <TextInput
          label={t('providers.search')}
          type="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          style={{ flexGrow: 1 }}
        />
        <Select
          label={t('providers.kind')}
          placeholder={t('common.all')}
          data={providerKinds.map((k) => ({ value: k, label: t(`providers.kinds.${k}`) }))}
          value={kind}
          onChange={setKind}
          clearable
          w={240}
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingState />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('providers.count', {
              count: list.data?.total ?? 0,
              formatted: formatNumber(list.data?.total ?? 0, locale),
            })}
          </Text>
          <Table.ScrollContainer minWidth={820}>
            <Table striped verticalSpacing="sm" aria-label={t('providers.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('providers.code')}</Table.Th>
                  <Table.Th>{t('providers.name')}</Table.Th>
                  <Table.Th>{t('providers.kind')}</Table.Th>
                  <Table.Th>{t('providers.country')}</Table.Th>
                  <Table.Th>{t('providers.contact')}</Table.Th>
                  <Table.Th>{t('providers.state')}</Table.Th>
                  {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={canWrite ? 7 : 6}>
                      <Text c="dimmed">{t('providers.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {items.map((provider) => (
                  <Table.Tr key={provider.id} data-testid="provider-row">
                    <Table.Td>
                      <Text ff="monospace" size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {provider.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {provider.website ? (
                        <Anchor href={provider.website} target="_blank" rel="noreferrer noopener">
                          {labelOf(provider.name)}
                        </Anchor>
                      ) : (
                        labelOf(provider.name)
                      )}
                    </Table.Td>
                    <Table.Td>{t(`providers.kinds.${provider.kind}`)}</Table.Td>
                    <Table.Td>
                      {provider.countryCode ? countryName(provider.countryCode, locale) : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={0}>
                        {provider.contactName && <Text size="sm">{provider.contactName}</Text>}
                        {provider.contactEmail && (
                          <Anchor size="sm" href={`mailto:${provider.contactEmail}`}>
                            {provider.contactEmail}
                          </Anchor>
                        )}
                        {provider.contactPhone && <Text size="sm">{provider.contactPhone}</Text>}
                        {!provider.contactName && !provider.contactEmail && !provider.contactPhone && '—'}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <StateBadge color={provider.active ? 'green' : 'gray'} variant="light">
                        {t(provider.active ? 'providers.activeState' : 'providers.inactiveState')}
                      </StateBadge>
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconPencil size={14} aria-hidden />}
                          onClick={() => setEditing(provider)}
                          aria-label={t('providers.editNamed', { code: provider.code })}
                        >
                          {t('common.edit')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {editing !== undefined && (
        <ProviderFormModal
          key={editing?.id ?? 'new'}
          provider={editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Stack>
  );
}
