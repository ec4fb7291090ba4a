import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/money-format';
import { currentLocale } from '../../i18n';
import { budgetsByPeriod } from './project-view-values';
import { periodLabel } from './tf-ui';
import type { Budget } from './trust-funds.api';

/** The budget per period: what was planned at first, and the revision if there is one. */
export function ProjectBudgets({ budgets, caption }: { budgets: Budget[]; caption: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const periods = budgetsByPeriod(budgets);
  if (periods.length === 0) return <Text c="dimmed">{t('trustFunds.noBudgets')}</Text>;
  const amount = (budget: Budget | null) =>
    budget ? (
      formatMoney(budget.amount, budget.currency, locale)
    ) : (
      <Text span size="sm" c="dimmed">
        {t('trustFunds.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped verticalSpacing="xs" data-testid="budget-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trustFunds.budget.period')}</Table.Th>
            <Table.Th ta="right">{t('trustFunds.budgetKind.original')}</Table.Th>
            <Table.Th ta="right">{t('trustFunds.budgetKind.revised')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.map((period) => (
            <Table.Tr key={`${period.periodStart}|${period.periodEnd}`} data-testid="budget-row">
              <Table.Th scope="row" fw={500}>
                {periodLabel(period.periodStart, period.periodEnd, locale)}
              </Table.Th>
              <Table.Td ta="right">{amount(period.original)}</Table.Td>
              <Table.Td ta="right">{amount(period.revised)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
