import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatYear } from '../../lib/format';
import { SortableHeader } from '../../ui/sortable-header';
import { StateBadge } from '../../ui/state-badge';
import { labelOf } from '../../ui/translated-text';
import { kindLabel, statusColor, statusLabel } from './partner-labels';
import type { PartnerSummary } from './partners.api';

interface Props {
  items: PartnerSummary[];
  sort: string;
  onSort: (sort: string) => void;
}

export function PartnerTable({ items, sort, onSort }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const other = locale === 'en' ? 'fr' : 'en';
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('partners.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="name" sort={sort} onSort={onSort}>
              {t('partner.name')}
            </SortableHeader>
            <SortableHeader field="isoCode" sort={sort} onSort={onSort}>
              {t('partner.isoCode')}
            </SortableHeader>
            <Table.Th>{t('partner.kind')}</Table.Th>
            <Table.Th>{t('partner.status')}</Table.Th>
            <Table.Th>{t('partner.frameworks')}</Table.Th>
            <SortableHeader field="relationsSince" sort={sort} onSort={onSort}>
              {t('partner.relationsSince')}
            </SortableHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((partner) => {
            const otherName = partner.name[other];
            return (
              <Table.Tr key={partner.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/partners/${partner.id}`} fw={600}>
                    {labelOf(partner.name)}
                  </Anchor>
                  {otherName && otherName !== labelOf(partner.name) && (
                    <Text size="xs" c="dimmed" lang={other}>
                      {otherName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{partner.isoCode ?? '—'}</Table.Td>
                <Table.Td>{kindLabel(t, partner.kind)}</Table.Td>
                <Table.Td>
                  <StateBadge color={statusColor[partner.status]} variant="light">
                    {statusLabel(t, partner.status)}
                  </StateBadge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {partner.frameworks.map((f) => (
                      <StateBadge key={f.id} variant="outline" size="sm" title={labelOf(f.name)}>
                        {f.code}
                      </StateBadge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {partner.relationsSinceYear ? formatYear(partner.relationsSinceYear, locale) : '—'}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
