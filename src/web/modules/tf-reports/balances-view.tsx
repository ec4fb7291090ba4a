import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currencyName } from '../../../shared/currencies';
import { currentLocale } from '../../i18n';
import { labelOf } from '../../ui/translated-text';
import { MoneyTableView, type MoneyViewProps } from './money-table-view';
import { MoneyCell } from './tf-report-ui';
import { isNegative } from './tf-report-values';
import type { BalancesReport } from './tf-reports.api';

const flowKeys = ['received', 'disbursed', 'balance'] as const;

function BalancesTable({ report }: { report: BalancesReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { currency } = report;
  const headers = flowKeys.map((key) => (
    <Table.Th key={key} ta="right" scope="col">
      {t(`tfReports.amounts.${key}`)}
    </Table.Th>
  ));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={4} data-testid="balances-table">
        <Table.Caption>{t('tfReports.balances.caption', { currency })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={2}>
              {t('tfReports.balances.fund')}
            </Table.Th>
            <Table.Th scope="col" rowSpan={2}>
              {t('tfReports.balances.currency')}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={3} ta="center">
              {t('tfReports.balances.inFundCurrency')}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={3} ta="center">
              {t('tfReports.balances.inReportingCurrency', { currency })}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {headers}
            {headers}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.items.map((item) => (
            <Table.Tr key={item.fund.id} data-testid="fund-row" data-fund={item.fund.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/trust-funds/${item.fund.id}`} size="sm">
                  {item.fund.code} · {labelOf(item.fund.name)}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <abbr title={currencyName(item.fund.currency, locale)}>{item.fund.currency}</abbr>
              </Table.Td>
              {flowKeys.map((key) => (
                <MoneyCell
                  key={key}
                  value={item.inFundCurrency[key]}
                  currency={item.fund.currency}
                  testId={`fund-${key}`}
                  color={isNegative(item.inFundCurrency[key]) ? 'red.8' : undefined}
                />
              ))}
              {flowKeys.map((key) => (
                <MoneyCell
                  key={key}
                  value={item.inReportingCurrency[key]}
                  currency={currency}
                  testId={key}
                  color={isNegative(item.inReportingCurrency[key]) ? 'red.8' : undefined}
                />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="balances-total">
            <Table.Th scope="row">{t('tfReports.total')}</Table.Th>
            {/* The funds' own currencies differ: only the reporting currency adds up. */}
            <Table.Td colSpan={4} />
            {flowKeys.map((key) => (
              <MoneyCell key={key} value={report.totals[key]} currency={currency} testId={key} strong />
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {report.items.length === 0 && (
        <Text c="dimmed" py="sm">
          {t('tfReports.balances.empty')}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}

/** Each fund's money received less disbursed, in its own currency and in the reporting currency. */
export function BalancesView(props: MoneyViewProps) {
  return <MoneyTableView kind="balances" {...props} table={(report) => <BalancesTable report={report} />} />;
}
