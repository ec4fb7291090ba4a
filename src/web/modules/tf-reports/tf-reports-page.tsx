import { Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { usePageTitle } from '../../ui/use-page-title';
import { useUrlFilters } from '../../ui/use-url-filters';
import { ReportToolbar } from '../programme-report/report-toolbar';
import { useTrustFundAccess } from '../trust-funds/trust-funds.api';
import '../programme-report/report-print.css';
import { BalancesView } from './balances-view';
import { ContributionsView } from './contributions-view';
import { ReportScope } from './report-scope';
import { ResultsView } from './results-view';
import { SpendingView } from './spending-view';
import { TfReportFilterBar } from './tf-report-filter-bar';
import {
  liaisonKinds,
  periodReversed,
  type ReportKind,
  readFilters,
  readTab,
  reportKinds,
} from './tf-report-filters';
import { tfReportFileUrl } from './tf-reports.api';

/**
 * `/trust-fund-reports`: contributions, fund balances, project spending and results, in a reporting
 * currency, filtered by fund, donor, beneficiary country and value dates, all kept in the address.
 * One report at a time (the open tab is asked for, the others are not); its files and its print follow
 * the tab. A partner liaison sees its own contributions and the results only: the server refuses it
 * the reports that add up other donors' money.
 */
export function TrustFundReportsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const access = useTrustFundAccess();
  const { params, update } = useUrlFilters();
  const [base, setBase] = useState<string | null>(null);
  usePageTitle(t('tfReports.title'));

  const filters = readFilters(params);
  const tab = readTab(params.get('tab'), access.liaison);
  const kinds = access.liaison ? liaisonKinds : reportKinds;
  // A period ending before it starts is shown on its field and not asked for.
  const enabled = !periodReversed(filters);
  const view = (kind: ReportKind) => {
    const props = { filters, enabled, onBase: setBase };
    if (kind === 'contributions') return <ContributionsView {...props} liaison={access.liaison} />;
    if (kind === 'balances') return <BalancesView {...props} />;
    if (kind === 'spending') return <SpendingView {...props} />;
    return <ResultsView filters={filters} enabled={enabled} />;
  };

  return (
    <Stack gap="md" className="report-print-root" data-testid="tf-reports">
      <Anchor component={Link} to="/trust-funds" size="sm" className="report-no-print">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('tfReports.backToFunds')}
        </Group>
      </Anchor>
      <div>
        <Title order={1}>{t('tfReports.title')}</Title>
        <Text c="dimmed">{access.liaison ? t('tfReports.liaisonIntro') : t('tfReports.intro')}</Text>
      </div>
      <TfReportFilterBar filters={filters} base={base} liaison={access.liaison} onChange={update} />
      <ReportScope
        filters={filters}
        currency={filters.currency || base}
        liaison={access.liaison}
        money={tab !== 'results'}
      />
      <ReportToolbar fileUrl={(format) => tfReportFileUrl(tab, filters, format, locale)} />
      <Tabs
        value={tab}
        onChange={(value) => update({ tab: value && value !== 'contributions' ? value : '' })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tfReports.tabs.label')} className="report-no-print" mb="md">
          {kinds.map((kind) => (
            <Tabs.Tab key={kind} value={kind} data-testid={`tab-${kind}`}>
              {t(`tfReports.tabs.${kind}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {kinds.map((kind) => (
          <Tabs.Panel key={kind} value={kind} data-testid={`panel-${kind}`}>
            {view(kind)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
