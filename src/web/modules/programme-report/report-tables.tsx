import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatNumber, formatYear } from '../../lib/format';
import { countKeys, type ReportBody, type ReportCounts } from './report.api';
import type { AreaGroup } from './report-lines';

function CountCells({ counts, strong = false }: { counts: ReportCounts; strong?: boolean }) {
  const locale = currentLocale();
  return countKeys.map((key) => (
    <Table.Td key={key} ta="right" fw={strong ? 700 : undefined}>
      {formatNumber(counts[key], locale)}
    </Table.Td>
  ));
}

function CountHeaders() {
  const { t } = useTranslation();
  return countKeys.map((key) => (
    <Table.Th key={key} ta="right" scope="col">
      {t(`programmeReport.counts.${key}`)}
    </Table.Th>
  ));
}

/** Each area's menu years, then its all-years line; the grand total at the foot. */
export function AreaYearTable({ groups, report }: { groups: AreaGroup[]; report: ReportBody }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={4} data-testid="report-by-area">
        <Table.Caption>{t('programmeReport.byAreaCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('programmeReport.area')}</Table.Th>
            <Table.Th scope="col">{t('programmeReport.year')}</Table.Th>
            <CountHeaders />
          </Table.Tr>
        </Table.Thead>
        {groups.map((group) => (
          <Table.Tbody key={group.key} data-testid="report-area" data-area={group.key}>
            {group.years.map((line) => (
              <Table.Tr key={line.year}>
                <Table.Th scope="row" fw={400}>
                  {group.label}
                </Table.Th>
                <Table.Td>{line.year === null ? '' : formatYear(line.year, locale)}</Table.Td>
                <CountCells counts={line} />
              </Table.Tr>
            ))}
            <Table.Tr bg="var(--mantine-color-gray-0)">
              <Table.Th scope="row">{group.label}</Table.Th>
              <Table.Td fw={700}>{t('programmeReport.allYears')}</Table.Td>
              <CountCells counts={group.total} strong />
            </Table.Tr>
          </Table.Tbody>
        ))}
        <Table.Tfoot>
          <Table.Tr data-testid="report-total">
            <Table.Th scope="row">{t('programmeReport.total')}</Table.Th>
            <Table.Td fw={700}>{t('programmeReport.allYears')}</Table.Td>
            <CountCells counts={report.totals} strong />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {groups.length === 0 && (
        <Text c="dimmed" py="sm">
          {t('programmeReport.empty')}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}

/** Every menu year over all areas (outside programmes included), and the total. */
export function YearTable({ report }: { report: ReportBody }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={4} data-testid="report-by-year">
        <Table.Caption>{t('programmeReport.byYearCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('programmeReport.year')}</Table.Th>
            <CountHeaders />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.byYear.map((line) => (
            <Table.Tr key={line.year}>
              <Table.Th scope="row" fw={400}>
                {formatYear(line.year, locale)}
              </Table.Th>
              <CountCells counts={line} />
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('programmeReport.total')}</Table.Th>
            <CountCells counts={report.totals} strong />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
