import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { transactionTypes } from '../../../shared/enums';
import { formatMoney } from '../../../shared/money-format';
import { currentLocale } from '../../i18n';
import { formatCalendarDate, formatNumber } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { LoadingState } from '../../ui/loading-state';
import { labelOf } from '../../ui/translated-text';
import { useUrlFilters } from '../../ui/use-url-filters';
import { ConfirmModal } from '../nominations/confirm-modal';
import { transactionTypeLabel } from './tf-labels';
import { Section } from './tf-ui';
import { TransactionFormModal } from './transaction-form-modal';
import { TransactionTable } from './transaction-table';
import {
  type ProjectSummary,
  type Transaction,
  useDeleteTransaction,
  useOrganisations,
  useTransactions,
  useTrustFundAccess,
} from './trust-funds.api';

const pageSize = 25;

/** The form's state: closed, a new transaction, or one being corrected. */
type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; transaction: Transaction };

/**
 * A fund's (or one project's) transactions: filters by type and donor kept in the URL, pages of 25
 * newest first with "show older" (keyset pages: the API has no page numbers, and a total capped at
 * 10,000), and, for managers, recording, correcting and deleting them.
 */
export function TransactionsPanel({
  fund,
  project,
  projects,
}: {
  fund: { id: string; currency: string };
  /** On a project's page: its transactions only, and new ones for it. */
  project?: { id: string };
  projects: ProjectSummary[];
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const access = useTrustFundAccess();
  const { params, update } = useUrlFilters();
  const type = params.get('type') ?? '';
  const donor = access.liaison ? '' : (params.get('donor') ?? '');
  const list = useTransactions({
    fund: fund.id,
    project: project?.id,
    type: type || undefined,
    party: donor || undefined,
    limit: pageSize,
  });
  const organisations = useOrganisations(!access.liaison);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<Transaction | null>(null);
  const remove = useDeleteTransaction();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const first = list.data?.pages[0];
  const total = first?.total ?? 0;
  const countText = first?.totalCapped
    ? t('trustFunds.transactionCountCapped', { formatted: formatNumber(total, locale) })
    : t('trustFunds.transactionCount', { count: total, formatted: formatNumber(total, locale) });

  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  return (
    <Section
      title={t('trustFunds.transactions')}
      testId="transactions"
      actions={
        access.write && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing({ mode: 'new' })}
            data-testid="record-transaction"
          >
            {t('trustFunds.recordTransaction')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {access.liaison && <Text c="dimmed">{t('trustFunds.liaisonMoney')}</Text>}
        <Group
          align="flex-end"
          gap="sm"
          role="search"
          aria-label={t('trustFunds.filters.transactionsRegion')}
        >
          <Select
            label={t('trustFunds.transaction.type')}
            placeholder={t('common.all')}
            data={transactionTypes.map((value) => ({ value, label: transactionTypeLabel(t, value) }))}
            value={type || null}
            onChange={(value) => update({ type: value ?? '' })}
            clearable
            w={240}
          />
          {!access.liaison && (
            <Select
              label={t('trustFunds.transaction.party')}
              placeholder={t('common.all')}
              data={(organisations.data?.items ?? [])
                .map((o) => ({ value: o.id, label: labelOf(o.name) }))
                .sort((a, b) => a.label.localeCompare(b.label, locale))}
              value={donor || null}
              onChange={(value) => update({ donor: value ?? '' })}
              clearable
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              w={260}
            />
          )}
        </Group>
        <ErrorAlert error={list.error} />
        {list.isPending ? (
          <LoadingState />
        ) : list.data ? (
          <>
            <Text size="sm" role="status" aria-live="polite" data-testid="transaction-count">
              {list.hasNextPage
                ? t('trustFunds.transactionsShown', {
                    total: countText,
                    count: items.length,
                    formatted: formatNumber(items.length, locale),
                  })
                : countText}
            </Text>
            {items.length > 0 ? (
              <TransactionTable
                items={items}
                caption={t('trustFunds.transactionsCaption')}
                showProject={!project}
                onEdit={access.write ? (transaction) => setEditing({ mode: 'edit', transaction }) : undefined}
                onDelete={access.write ? setDeleting : undefined}
              />
            ) : (
              <Text c="dimmed">{t('trustFunds.noTransactions')}</Text>
            )}
            <LoadMoreButton pages={list} label={t('trustFunds.loadMoreTransactions')} />
          </>
        ) : null}
      </Stack>

      {access.write && editing.mode !== 'closed' && (
        <TransactionFormModal
          key={editing.mode === 'edit' ? editing.transaction.id : 'new'}
          opened
          onClose={() => setEditing({ mode: 'closed' })}
          fund={fund}
          projects={projects}
          current={editing.mode === 'edit' ? editing.transaction : null}
          defaultProjectId={project?.id}
        />
      )}
      {access.write && (
        <ConfirmModal
          opened={deleting !== null}
          title={t('trustFunds.deleteTransaction.title')}
          confirmLabel={t('trustFunds.deleteTransaction.confirm')}
          pending={remove.isPending}
          error={remove.error}
          onClose={closeDelete}
          onConfirm={() => deleting && remove.mutate(deleting, { onSuccess: closeDelete })}
        >
          {deleting &&
            t('trustFunds.deleteTransaction.body', {
              type: transactionTypeLabel(t, deleting.type),
              amount: formatMoney(deleting.amount, deleting.currency, locale),
              date: formatCalendarDate(deleting.valueDate, locale),
            })}
        </ConfirmModal>
      )}
    </Section>
  );
}
