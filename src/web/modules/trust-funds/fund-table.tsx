import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currencyName } from '../../../shared/currencies';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { StateBadge } from '../../ui/state-badge';
import { labelOf } from '../../ui/translated-text';
import { fundStatusColor, fundStatusLabel } from './tf-labels';
import type { Fund } from './trust-funds.api';

/** The funds: code, name, account currency, beneficiary, how many projects, open or closed. */
export function FundTable({ funds }: { funds: Fund[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="fund-table">
        <Table.Caption>{t('trustFunds.fundsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trustFunds.fund.code')}</Table.Th>
            <Table.Th>{t('trustFunds.fund.name')}</Table.Th>
            <Table.Th>{t('trustFunds.fund.currency')}</Table.Th>
            <Table.Th>{t('trustFunds.fund.beneficiary')}</Table.Th>
            <Table.Th ta="right">{t('trustFunds.fund.projects')}</Table.Th>
            <Table.Th>{t('trustFunds.fund.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {funds.map((fund) => (
            <Table.Tr key={fund.id} data-testid="fund-row">
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {fund.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/trust-funds/${fund.id}`} fw={600}>
                  {labelOf(fund.name)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <abbr title={currencyName(fund.currency, locale)}>{fund.currency}</abbr>
              </Table.Td>
              <Table.Td>
                {fund.beneficiaryPartner ? (
                  labelOf(fund.beneficiaryPartner.name)
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('trustFunds.none')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(fund.projectCount, locale)}</Table.Td>
              <Table.Td>
                <StateBadge color={fundStatusColor[fund.status]}>
                  {fundStatusLabel(t, fund.status)}
                </StateBadge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
