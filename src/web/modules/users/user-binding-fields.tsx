import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Role, roles } from '../../../shared/enums';
import { labelOf } from '../../ui/translated-text';
import { usePartnerOptions } from '../partners/partners.api';
import { useProviders } from './users.api';

// biome-ignore lint/suspicious/noExplicitAny: Mantine's getInputProps is loosely typed
type InputProps = Record<string, any>;

interface Props {
  role: Role;
  roleProps: InputProps;
  partnerProps: InputProps;
  providerProps: InputProps;
}

/** The role, and the partner or provider the role is bound to when it needs one. */
export function UserBindingFields({ role, roleProps, partnerProps, providerProps }: Props) {
  const { t } = useTranslation();
  const partners = usePartnerOptions(role === 'partner_liaison');
  const providers = useProviders(role === 'activity_provider');
  return (
    <>
      <Select
        label={t('users.role')}
        data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        allowDeselect={false}
        required
        {...roleProps}
      />
      {role === 'partner_liaison' && (
        <Select
          label={t('users.partner')}
          description={t('users.partnerHint')}
          data={(partners.data ?? []).map((p) => ({ value: p.id, label: labelOf(p.name) }))}
          searchable
          required
          nothingFoundMessage={t('common.nothingFound')}
          {...partnerProps}
        />
      )}
      {role === 'activity_provider' && (
        <Select
          label={t('users.provider')}
          description={t('users.providerHint')}
          data={(providers.data ?? []).map((p) => ({ value: p.id, label: `${labelOf(p.name)} (${p.code})` }))}
          searchable
          required
          nothingFoundMessage={t('common.nothingFound')}
          {...providerProps}
        />
      )}
    </>
  );
}
