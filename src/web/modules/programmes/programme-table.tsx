import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatDateTime, formatNumber } from '../../lib/format';
import { SortableHeader } from '../../ui/sortable-header';
import { StateBadge } from '../../ui/state-badge';
import { labelOf } from '../../ui/translated-text';
import { formatDateRange } from '../menu/menu-labels';
import { programmeStatusColor, programmeStatusLabel } from './programme-labels';
import type { ProgrammeSummary } from './programmes.api';

interface Props {
  items: ProgrammeSummary[];
  sort: string;
  onSort: (sort: string) => void;
  showPartner: boolean;
}

export function ProgrammeTable({ items, sort, onSort, showPartner }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('programmes.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="title" sort={sort} onSort={onSort}>
              {t('programme.title')}
            </SortableHeader>
            {showPartner && (
              <SortableHeader field="partner" sort={sort} onSort={onSort}>
                {t('programme.partner')}
              </SortableHeader>
            )}
            <SortableHeader field="startsOn" sort={sort} onSort={onSort}>
              {t('programme.period')}
            </SortableHeader>
            <Table.Th>{t('programme.status')}</Table.Th>
            <Table.Th>{t('programmes.contents')}</Table.Th>
            <SortableHeader field="updatedAt" sort={sort} onSort={onSort}>
              {t('programmes.updatedAt')}
            </SortableHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((programme) => (
            <Table.Tr key={programme.id} data-testid="programme-row">
              <Table.Td>
                <Anchor component={Link} to={`/programmes/${programme.id}`} fw={600}>
                  {labelOf(programme.title)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('programme.versionN', { n: programme.versionNo })}
                </Text>
              </Table.Td>
              {showPartner && <Table.Td>{labelOf(programme.partner.name)}</Table.Td>}
              <Table.Td>
                {formatDateRange(programme.period.startsOn, programme.period.endsOn, locale)}
              </Table.Td>
              <Table.Td>
                <StateBadge color={programmeStatusColor[programme.status]}>
                  {programmeStatusLabel(t, programme.status)}
                </StateBadge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t('programmes.objectiveCount', {
                    count: programme.objectiveCount,
                    formatted: formatNumber(programme.objectiveCount, locale),
                  })}
                </Text>
                <Text size="sm">
                  {t('programmes.activityCount', {
                    count: programme.activityCount,
                    formatted: formatNumber(programme.activityCount, locale),
                  })}
                </Text>
              </Table.Td>
              <Table.Td>
                <time dateTime={programme.updatedAt}>{formatDateTime(programme.updatedAt, locale)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
