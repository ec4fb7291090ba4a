import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArrowsExchange,
  IconBuildingCommunity,
  IconFileImport,
  IconPlus,
  IconReportAnalytics,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useUrlFilters } from '../../ui/use-url-filters';
import { FundFormModal } from './fund-form-modal';
import { FundTable } from './fund-table';
import { ProjectFilters, type ProjectFilterValues } from './project-filters';
import { ProjectTable } from './project-table';
import { Section } from './tf-ui';
import { useFunds, useProjects, useTrustFundAccess } from './trust-funds.api';

/** `/trust-funds`: the funds, and their projects with filters kept in the URL. */
export function TrustFundsPage() {
  const { t } = useTranslation();
  const access = useTrustFundAccess();
  const locale = currentLocale();
  const { params, update } = useUrlFilters();
  const [fundFormOpened, fundForm] = useDisclosure(false);
  usePageTitle(t('trustFunds.title'));

  const filters: ProjectFilterValues = {
    fund: params.get('fund') ?? '',
    country: params.get('country') ?? '',
    status: params.get('status') ?? '',
    q: params.get('q') ?? '',
  };
  const funds = useFunds();
  const projects = useProjects(filters);
  const total = projects.data?.total ?? 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('trustFunds.title')}</Title>
          <Text c="dimmed">{access.liaison ? t('trustFunds.liaisonIntro') : t('trustFunds.intro')}</Text>
        </div>
        <Group gap="sm">
          <Button
            component={Link}
            to="/trust-fund-reports"
            variant="default"
            leftSection={<IconReportAnalytics size={16} aria-hidden />}
            data-testid="trust-fund-reports-link"
          >
            {t('tfReports.open')}
          </Button>
          <Button
            component={Link}
            to="/organisations"
            variant="default"
            leftSection={<IconBuildingCommunity size={16} aria-hidden />}
            data-testid="organisations-link"
          >
            {t('trustFunds.organisationList.title')}
          </Button>
          <Button
            component={Link}
            to="/exchange-rates"
            variant="default"
            leftSection={<IconArrowsExchange size={16} aria-hidden />}
          >
            {t('rates.title')}
          </Button>
          {access.write && (
            <Button
              component={Link}
              to="/trust-funds/iati-import"
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
              data-testid="iati-import-link"
            >
              {t('iatiImport.open')}
            </Button>
          )}
          {access.write && (
            <Button
              onClick={fundForm.open}
              leftSection={<IconPlus size={16} aria-hidden />}
              data-testid="new-fund"
            >
              {t('trustFunds.newFund')}
            </Button>
          )}
        </Group>
      </Group>

      <Section title={t('trustFunds.funds')} testId="funds">
        <ErrorAlert error={funds.error} />
        {funds.isPending ? (
          <LoadingState />
        ) : funds.data && funds.data.items.length > 0 ? (
          <FundTable funds={funds.data.items} />
        ) : funds.data ? (
          <Text c="dimmed">{t('trustFunds.noFunds')}</Text>
        ) : null}
      </Section>

      <Section title={t('trustFunds.projects')} testId="projects">
        <Stack gap="sm">
          <ProjectFilters
            values={filters}
            funds={funds.data?.items ?? []}
            onChange={(patch) => update(patch)}
          />
          <ErrorAlert error={projects.error} />
          {projects.isPending ? (
            <LoadingState />
          ) : projects.data ? (
            <>
              <Text size="sm" role="status" aria-live="polite" data-testid="project-count">
                {t('trustFunds.projectCount', { count: total, formatted: formatNumber(total, locale) })}
              </Text>
              {projects.data.items.length > 0 ? (
                <ProjectTable items={projects.data.items} caption={t('trustFunds.projectsCaption')} />
              ) : (
                <Text c="dimmed">{t('trustFunds.noProjects')}</Text>
              )}
            </>
          ) : null}
        </Stack>
      </Section>

      {access.write && <FundFormModal opened={fundFormOpened} onClose={fundForm.close} />}
    </Stack>
  );
}
