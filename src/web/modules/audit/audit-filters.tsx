import { Autocomplete, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../users/users.api';

export const knownActions = [
  'partner.create',
  'partner.update',
  'framework.create',
  'framework.update',
  'area.create',
  'area.update',
  'user.create',
  'user.update',
  'user.update_self',
  'user.change_password',
  'token.create',
  'token.revoke',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'provider.create',
  'provider.update',
  'activity.create',
  'activity.update',
  'activity.transition',
  'iteration.create',
  'iteration.update',
  'iteration.transition',
  'menu.import',
  'menu.copy_forward',
  'calendar_feed.create',
  'calendar_feed.delete',
] as const;

export const knownEntityTypes = [
  'partner',
  'framework',
  'area',
  'user',
  'api_token',
  'provider',
  'activity',
  'menu',
  'calendar_feed',
] as const;

export interface AuditFilterValues {
  action: string;
  entityType: string;
  actorId: string;
  fromDate: string;
  toDate: string;
}

interface Props {
  values: AuditFilterValues;
  onChange: (patch: Partial<AuditFilterValues>) => void;
}

export function AuditFilters({ values, onChange }: Props) {
  const { t } = useTranslation();
  const users = useUsers({ limit: 100 });
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('audit.filters')}>
      <Autocomplete
        label={t('audit.action')}
        placeholder={t('common.all')}
        data={knownActions.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
        value={values.action}
        onChange={(value) => onChange({ action: value })}
        clearable
        w={230}
      />
      <Select
        label={t('audit.entityType')}
        placeholder={t('common.all')}
        data={knownEntityTypes.map((e) => ({ value: e, label: t(`audit.entityTypes.${e}`) }))}
        value={values.entityType || null}
        onChange={(value) => onChange({ entityType: value ?? '' })}
        clearable
        w={200}
      />
      <Select
        label={t('audit.actor')}
        placeholder={t('common.all')}
        data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` }))}
        value={values.actorId || null}
        onChange={(value) => onChange({ actorId: value ?? '' })}
        searchable
        clearable
        nothingFoundMessage={t('common.nothingFound')}
        w={260}
      />
      <TextInput
        type="date"
        label={t('audit.from')}
        value={values.fromDate}
        onChange={(event) => onChange({ fromDate: event.currentTarget.value })}
        w={170}
      />
      <TextInput
        type="date"
        label={t('audit.to')}
        value={values.toDate}
        onChange={(event) => onChange({ toDate: event.currentTarget.value })}
        w={170}
      />
    </Group>
  );
}
