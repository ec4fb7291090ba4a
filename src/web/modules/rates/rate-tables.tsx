import { Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currencyName } from '../../../shared/currencies';
import { formatRate } from '../../../shared/money-format';
import { currentLocale } from '../../i18n';
import { formatCalendarDate, formatDateTime, formatNumber } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { currencyOptions } from '../trust-funds/fund-form-values';
import { useRateImports, useRates } from './rates.api';

/** The latest rates, newest first, of one currency or all. */
export function RecentRates({
  currency,
  onCurrency,
}: {
  currency: string;
  onCurrency: (value: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rates = useRates(currency);
  const base = rates.data?.baseCurrency ?? '';
  return (
    <Stack gap="sm">
      <Select
        label={t('rates.currency')}
        placeholder={t('common.all')}
        data={currencyOptions(locale)}
        value={currency || null}
        onChange={(value) => onCurrency(value ?? '')}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        w={320}
      />
      <ErrorAlert error={rates.error} />
      {rates.isPending ? (
        <LoadingState />
      ) : rates.data && rates.data.items.length === 0 ? (
        <Text c="dimmed">{t('rates.noRates')}</Text>
      ) : rates.data ? (
        <Table.ScrollContainer minWidth={520} mah={520}>
          <Table striped stickyHeader verticalSpacing="xs" data-testid="rate-table">
            <Table.Caption>{t('rates.ratesCaption', { base })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rates.date')}</Table.Th>
                <Table.Th>{t('rates.currency')}</Table.Th>
                <Table.Th ta="right">{t('rates.rateHeader', { base })}</Table.Th>
                <Table.Th>{t('rates.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rates.data.items.map((rate) => (
                <Table.Tr key={`${rate.currency}|${rate.rateDate}`} data-testid="rate-row">
                  <Table.Td>{formatCalendarDate(rate.rateDate, locale)}</Table.Td>
                  <Table.Td>
                    <abbr title={currencyName(rate.currency, locale)}>{rate.currency}</abbr>
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatRate(rate.rate, locale)}
                  </Table.Td>
                  <Table.Td>{rate.source}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}

/** The rate files imported, newest first: who, when, what they held. */
export function ImportHistory() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const imports = useRateImports();
  if (imports.isPending) return <LoadingState />;
  if (!imports.data) return <ErrorAlert error={imports.error} />;
  if (imports.data.items.length === 0) return <Text c="dimmed">{t('rates.noImports')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" data-testid="rate-imports">
        <Table.Caption>{t('rates.importsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rates.importedAt')}</Table.Th>
            <Table.Th>{t('rates.file')}</Table.Th>
            <Table.Th>{t('rates.source')}</Table.Th>
            <Table.Th ta="right">{t('rates.rows')}</Table.Th>
            <Table.Th>{t('rates.currencies')}</Table.Th>
            <Table.Th>{t('rates.period')}</Table.Th>
            <Table.Th>{t('rates.importedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.data.items.map((item) => (
            <Table.Tr key={item.id} data-testid="rate-import-row">
              <Table.Td>
                <time dateTime={item.importedAt}>{formatDateTime(item.importedAt, locale)}</time>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {item.fileName}
                </Text>
              </Table.Td>
              <Table.Td>{item.source}</Table.Td>
              <Table.Td ta="right">{formatNumber(item.rows, locale)}</Table.Td>
              <Table.Td maw={220}>
                <Text size="sm" lineClamp={2} title={item.currencies.join(', ')}>
                  {item.currencies.join(', ')}
                </Text>
              </Table.Td>
              <Table.Td>
                {formatCalendarDate(item.firstDate, locale)} – {formatCalendarDate(item.lastDate, locale)}
              </Table.Td>
              <Table.Td>{item.importedBy ?? t('rates.unknownUser')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
