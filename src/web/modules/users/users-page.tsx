import { Button, Group, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../shared/enums';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { StateBadge } from '../../ui/state-badge';
import { labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { usePartnerOptions } from '../partners/partners.api';
import { UserCreateModal } from './user-create-modal';
import { UserEditModal } from './user-edit-modal';
import { type User, useProviders, useUsers } from './users.api';

const pageSize = 25;

function Binding({ user }: { user: User }) {
  const partners = usePartnerOptions(Boolean(user.partnerId));
  const providers = useProviders(Boolean(user.providerId));
  if (user.partnerId) {
    const partner = partners.data?.find((p) => p.id === user.partnerId);
    return <>{partner ? labelOf(partner.name) : '…'}</>;
  }
  if (user.providerId) {
    const provider = providers.data?.find((p) => p.id === user.providerId);
    return <>{provider ? labelOf(provider.name) : '…'}</>;
  }
  return <>—</>;
}

export function UsersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [role, setRole] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>('true');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const list = useUsers({ q: debouncedQ, role: role ?? '', active: active ?? '', page, limit: pageSize });
  const locale = currentLocale();
  usePageTitle(t('users.title'));

  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / pageSize));
  const canWrite = can('user.write');

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('users.title')}</Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('users.new')}
          </Button>
        )}
      </Group>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('users.searchRegion')}>
        <TextInput
          label={t('users.search')}
          type="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            setPage(1);
          }}
          style={{ flexGrow: 1 }}
        />
        <Select
          label={t('users.role')}
          placeholder={t('common.all')}
          data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={role}
          onChange={(value) => {
            setRole(value);
            setPage(1);
          }}
          clearable
          w={220}
        />
        <Select
          label={t('users.state')}
          placeholder={t('common.all')}
          data={[
            { value: 'true', label: t('users.activeOnly') },
            { value: 'false', label: t('users.inactiveOnly') },
          ]}
          value={active}
          onChange={(value) => {
            setActive(value);
            setPage(1);
          }}
          clearable
          w={180}
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingState />
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="sm" aria-label={t('users.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.displayName')}</Table.Th>
                <Table.Th>{t('users.email')}</Table.Th>
                <Table.Th>{t('users.role')}</Table.Th>
                <Table.Th>{t('users.binding')}</Table.Th>
                <Table.Th>{t('users.locale')}</Table.Th>
                <Table.Th>{t('users.lastLogin')}</Table.Th>
                <Table.Th>{t('users.state')}</Table.Th>
                {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data?.items ?? []).map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>{user.displayName}</Table.Td>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                  <Table.Td>
                    <Binding user={user} />
                  </Table.Td>
                  <Table.Td>{user.locale.toUpperCase()}</Table.Td>
                  <Table.Td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : '—'}</Table.Td>
                  <Table.Td>
                    <StateBadge color={user.active ? 'green' : 'gray'} variant="light">
                      {t(user.active ? 'users.activeState' : 'users.inactiveState')}
                    </StateBadge>
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        onClick={() => setEditing(user)}
                        aria-label={t('users.editUser', { name: user.displayName })}
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
      )}
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('users.empty')}</Text>}
      {pages > 1 && (
        <nav aria-label={t('common.pagination')}>
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': t(`common.pageControls.${control}`) })}
            getItemProps={(item) => ({ 'aria-label': t('common.pageN', { page: item }) })}
          />
        </nav>
      )}
      {creating && <UserCreateModal opened onClose={() => setCreating(false)} />}
      {editing && <UserEditModal key={editing.id} user={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
