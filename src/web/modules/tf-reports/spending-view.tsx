import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Locale } from '../../../shared/enums';
import { formatMoney } from '../../../shared/money-format';
import { currentLocale } from '../../i18n';
import { labelOf } from '../../ui/translated-text';
import { countryOptions } from '../providers/country-options';
import { MoneyTableView, type MoneyViewProps } from './money-table-view';
import { MoneyCell } from './tf-report-ui';
import { isNegative, spendingRows } from './tf-report-values';
import type { SpendingReport } from './tf-reports.api';

const spendingKeys = ['budget', 'disbursed', 'spent', 'remaining'] as const;

/** `Tajikistan (TJ)`, named in the UI language. */
function countryNamer(locale: Locale): (code: string) => string {
  const names = new Map(countryOptions(locale).map((option) => [option.value, option.label]));
  return (code) => names.get(code) ?? code;
}

function SpendingTable({ report }: { report: SpendingReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { currency } = report;
  const rows = spendingRows(report.items);
  const countryName = countryNamer(locale);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={4} data-testid="spending-table">
        <Table.Caption>{t('tfReports.spending.caption', { currency })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tfReports.spending.project')}</Table.Th>
            <Table.Th scope="col">{t('tfReports.spending.fund')}</Table.Th>
            <Table.Th scope="col">{t('tfReports.spending.country')}</Table.Th>
            {spendingKeys.map((key) => (
              <Table.Th key={key} ta="right" scope="col">
                {t(`tfReports.amounts.${key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ line, depth }) => {
            const over = isNegative(line.remaining);
            return (
              <Table.Tr key={line.project.id} data-testid="project-row" data-project={line.project.id}>
                <Table.Th scope="row" fw={400} pl={depth ? 'xl' : undefined}>
                  <Group gap={6} wrap="nowrap">
                    <Anchor component={Link} to={`/trust-fund-projects/${line.project.id}`} size="sm">
                      {line.project.code} · {labelOf(line.project.title)}
                    </Anchor>
                    {depth === 1 && (
                      <Badge size="xs" variant="outline" color="gray">
                        {t('tfReports.spending.phase')}
                      </Badge>
                    )}
                  </Group>
                </Table.Th>
                <Table.Td>{line.project.fund.code}</Table.Td>
                <Table.Td>{countryName(line.project.beneficiaryCountry)}</Table.Td>
                {spendingKeys.map((key) =>
                  key === 'remaining' && over ? (
                    // Said in words too: the colour alone would not tell everyone.
                    <Table.Td
                      key={key}
                      ta="right"
                      c="red.8"
                      data-testid={key}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      <Badge size="xs" color="red" variant="light" mr={6}>
                        {t('tfReports.spending.overspent')}
                      </Badge>
                      {formatMoney(line[key], currency, locale)}
                    </Table.Td>
                  ) : (
                    <MoneyCell key={key} value={line[key]} currency={currency} testId={key} />
                  ),
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="spending-total">
            <Table.Th scope="row">{t('tfReports.total')}</Table.Th>
            <Table.Td colSpan={2} />
            {spendingKeys.map((key) => (
              <MoneyCell key={key} value={report.totals[key]} currency={currency} testId={key} strong />
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {rows.length === 0 && (
        <Text c="dimmed" py="sm">
          {t('tfReports.spending.empty')}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}

/** Each project's budget (revised, else original, per period) against disbursed and spent money. */
export function SpendingView(props: MoneyViewProps) {
  return <MoneyTableView kind="spending" {...props} table={(report) => <SpendingTable report={report} />} />;
}
