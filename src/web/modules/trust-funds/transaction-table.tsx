import { ActionIcon, Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../shared/money-format';
import { currentLocale } from '../../i18n';
import { formatCalendarDate } from '../../lib/format';
import { StateBadge } from '../../ui/state-badge';
import { labelOf, TranslatedText } from '../../ui/translated-text';
import { rateLine, rateText } from './rate-line';
import { transactionTypeLabel } from './tf-labels';
import { TransactionTypeBadge } from './tf-ui';
import type { Transaction } from './trust-funds.api';

/** The rate an amount was converted at: `1 EUR = 141.62 JPY, 6 May 2014, ECB`, and a note when earlier. */
export function RateUsedText({ transaction }: { transaction: Transaction }) {
  const { t } = useTranslation();
  const text = rateText(rateLine(transaction, currentLocale()), (key, params) => t(key, params));
  return (
    <Stack gap={0}>
      <Text size="xs" data-testid="transaction-rate">
        {text.main}
      </Text>
      {text.note && (
        <Text size="xs" c="var(--mantine-color-orange-light-color)" data-testid="transaction-rate-note">
          {text.note}
        </Text>
      )}
    </Stack>
  );
}

interface Props {
  items: Transaction[];
  caption: string;
  /** The project column is left out on a project's own page. */
  showProject?: boolean;
  onEdit?: (transaction: Transaction) => void;
  onDelete?: (transaction: Transaction) => void;
}

/**
 * Money in and out: the type, who gave it, for which project, the amount in its currency, the value
 * date, the rate used and the amount in the base currency; a flag when a disbursement passed the balance.
 */
export function TransactionTable({ items, caption, showProject = true, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const actions = Boolean(onEdit || onDelete);
  // Names the row for the buttons' labels: "Edit: Contribution received, USD 20,000,000, 6 May 2014".
  const rowNames = (transaction: Transaction) => ({
    type: transactionTypeLabel(t, transaction.type),
    amount: formatMoney(transaction.amount, transaction.currency, locale),
    date: formatCalendarDate(transaction.valueDate, locale),
  });
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped verticalSpacing="xs" data-testid="transaction-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trustFunds.transaction.type')}</Table.Th>
            <Table.Th>{t('trustFunds.transaction.party')}</Table.Th>
            {showProject && <Table.Th>{t('trustFunds.transaction.project')}</Table.Th>}
            <Table.Th ta="right">{t('trustFunds.transaction.amount')}</Table.Th>
            <Table.Th>{t('trustFunds.transaction.valueDate')}</Table.Th>
            <Table.Th miw={220}>{t('trustFunds.transaction.rate')}</Table.Th>
            <Table.Th ta="right">{t('trustFunds.transaction.amountBase')}</Table.Th>
            <Table.Th>{t('trustFunds.transaction.earmark')}</Table.Th>
            {actions && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((transaction) => (
            <Table.Tr key={transaction.id} data-testid="transaction-row">
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <TransactionTypeBadge type={transaction.type} />
                  {transaction.overBalance && (
                    <StateBadge
                      color="red"
                      leftSection={<IconAlertTriangle size={12} aria-hidden />}
                      title={t('trustFunds.transaction.overBalanceHint')}
                      data-testid="transaction-over-balance"
                    >
                      {t('trustFunds.transaction.overBalance')}
                    </StateBadge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                {transaction.party ? (
                  <Text size="sm">{labelOf(transaction.party.name)}</Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('trustFunds.none')}
                  </Text>
                )}
              </Table.Td>
              {showProject && (
                <Table.Td>
                  {transaction.project ? (
                    <Anchor component={Link} to={`/trust-fund-projects/${transaction.project.id}`} size="sm">
                      {transaction.project.code}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('trustFunds.none')}
                    </Text>
                  )}
                </Table.Td>
              )}
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={600} data-testid="transaction-amount">
                  {formatMoney(transaction.amount, transaction.currency, locale)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={transaction.valueDate}>
                  {formatCalendarDate(transaction.valueDate, locale)}
                </time>
              </Table.Td>
              <Table.Td maw={240}>
                <RateUsedText transaction={transaction} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" data-testid="transaction-amount-base">
                  {formatMoney(transaction.amountBase, transaction.baseCurrency, locale)}
                </Text>
              </Table.Td>
              <Table.Td maw={220}>
                {transaction.earmark.en || transaction.earmark.fr ? (
                  <TranslatedText value={transaction.earmark} size="sm" />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('trustFunds.none')}
                  </Text>
                )}
                {transaction.reference && (
                  <Text size="xs" c="dimmed">
                    {t('trustFunds.transaction.referenceShort', { reference: transaction.reference })}
                  </Text>
                )}
              </Table.Td>
              {actions && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {onEdit && (
                      <ActionIcon
                        variant="subtle"
                        onClick={() => onEdit(transaction)}
                        aria-label={t('trustFunds.transaction.editLabel', rowNames(transaction))}
                        data-testid="transaction-edit"
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    )}
                    {onDelete && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => onDelete(transaction)}
                        aria-label={t('trustFunds.transaction.deleteLabel', rowNames(transaction))}
                        data-testid="transaction-delete"
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
