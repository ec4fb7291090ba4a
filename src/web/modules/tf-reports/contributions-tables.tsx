import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContributionAmounts } from '../../../modules/trust-funds/tf-reports.schemas';
import { currentLocale } from '../../i18n';
import { formatYear } from '../../lib/format';
import { labelOf } from '../../ui/translated-text';
import { MoneyCell } from './tf-report-ui';
import { amountKeys, donorGroups } from './tf-report-values';
import type { ContributionsReport } from './tf-reports.api';

function AmountHeaders() {
  const { t } = useTranslation();
  return amountKeys.map((key) => (
    <Table.Th key={key} ta="right" scope="col">
      {t(`tfReports.amounts.${key}`)}
    </Table.Th>
  ));
}

function AmountCells({
  amounts,
  currency,
  strong = false,
}: {
  amounts: ContributionAmounts;
  currency: string;
  strong?: boolean;
}) {
  return amountKeys.map((key) => (
    <MoneyCell key={key} value={amounts[key]} currency={currency} testId={key} strong={strong} />
  ));
}

/**
 * Each donor's years, then the donor over all years (`donor-row`); the grand total at the foot. Donors
 * by name in the UI language, as the server orders them.
 */
export function ContributionsTable({ report }: { report: ContributionsReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { currency } = report;
  const groups = donorGroups(report);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={4} data-testid="contributions-table">
        <Table.Caption>{t('tfReports.contributions.caption', { currency })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tfReports.contributions.donor')}</Table.Th>
            <Table.Th scope="col">{t('tfReports.contributions.year')}</Table.Th>
            <AmountHeaders />
          </Table.Tr>
        </Table.Thead>
        {groups.map((group) => {
          const name = labelOf(group.donor.name);
          return (
            <Table.Tbody key={group.donor.id} data-testid="donor-group" data-donor-group={group.donor.id}>
              {group.years.map((line) => (
                <Table.Tr key={line.year} data-testid="donor-year-row" data-year={line.year}>
                  <Table.Th scope="row" fw={400}>
                    {name}
                  </Table.Th>
                  <Table.Td>{formatYear(line.year, locale)}</Table.Td>
                  <AmountCells amounts={line} currency={currency} />
                </Table.Tr>
              ))}
              <Table.Tr bg="var(--mantine-color-gray-0)" data-testid="donor-row" data-donor={group.donor.id}>
                <Table.Th scope="row">{name}</Table.Th>
                <Table.Td fw={700}>{t('tfReports.contributions.allYears')}</Table.Td>
                <AmountCells amounts={group.total} currency={currency} strong />
              </Table.Tr>
            </Table.Tbody>
          );
        })}
        <Table.Tfoot>
          <Table.Tr data-testid="grand-total">
            <Table.Th scope="row">{t('tfReports.contributions.total')}</Table.Th>
            <Table.Td fw={700}>{t('tfReports.contributions.allYears')}</Table.Td>
            <AmountCells amounts={report.totals} currency={currency} strong />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {groups.length === 0 && (
        <Text c="dimmed" py="sm">
          {t('tfReports.contributions.empty')}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}

/** Every year over all donors, and the total. */
export function ContributionsByYearTable({ report }: { report: ContributionsReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { currency } = report;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={4} data-testid="contributions-by-year">
        <Table.Caption>{t('tfReports.contributions.byYearCaption', { currency })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tfReports.contributions.year')}</Table.Th>
            <AmountHeaders />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.byYear.map((line) => (
            <Table.Tr key={line.year} data-testid="year-row" data-year={line.year}>
              <Table.Th scope="row" fw={400}>
                {formatYear(line.year, locale)}
              </Table.Th>
              <AmountCells amounts={line} currency={currency} />
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('tfReports.total')}</Table.Th>
            <AmountCells amounts={report.totals} currency={currency} strong />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
