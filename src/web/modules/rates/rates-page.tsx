import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currencyName } from '../../../shared/currencies';
import { currentLocale } from '../../i18n';
import { usePageTitle } from '../../ui/use-page-title';
import { useUrlFilters } from '../../ui/use-url-filters';
import { BackLink } from '../trust-funds/tf-ui';
import { useTrustFundAccess } from '../trust-funds/trust-funds.api';
import { RateImportCard } from './rate-import-card';
import { ImportHistory, RecentRates } from './rate-tables';
import { useRates } from './rates.api';

/** `/exchange-rates`: the base currency, the rates (managers import files), the import history. */
export function RatesPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const access = useTrustFundAccess();
  const { params, update } = useUrlFilters();
  const currency = params.get('currency') ?? '';
  // The base currency comes with any list of rates; the one shown below shares the cache.
  const rates = useRates(currency);
  const base = rates.data?.baseCurrency ?? '';
  usePageTitle(t('rates.title'));

  return (
    <Stack gap="md" maw={1100}>
      <BackLink to="/trust-funds">{t('rates.backToFunds')}</BackLink>
      <div>
        <Title order={1}>{t('rates.title')}</Title>
        <Text c="dimmed">{t('rates.intro')}</Text>
      </div>
      {base && (
        <Group gap="xs" data-testid="base-currency">
          <Text fw={600}>{t('rates.baseCurrency')}</Text>
          <Text>
            {base} — {currencyName(base, locale)}
          </Text>
        </Group>
      )}
      {access.write && <RateImportCard baseCurrency={base} />}
      <Card withBorder component="section" aria-labelledby="rates-recent-title">
        <Title order={2} size="h4" mb="sm" id="rates-recent-title">
          {t('rates.recentTitle')}
        </Title>
        <RecentRates currency={currency} onCurrency={(value) => update({ currency: value })} />
      </Card>
      <Card withBorder component="section" aria-labelledby="rates-history-title">
        <Title order={2} size="h4" mb="sm" id="rates-history-title">
          {t('rates.historyTitle')}
        </Title>
        <ImportHistory />
      </Card>
    </Stack>
  );
}
