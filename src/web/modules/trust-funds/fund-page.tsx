import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingBank, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currencyName } from '../../../shared/currencies';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { DetailField } from '../../ui/detail-field';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { StateBadge } from '../../ui/state-badge';
import { labelOf, TranslatedText } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { releasabilityColor, releasabilityLabel } from '../partners/partner-labels';
import { FundFormModal } from './fund-form-modal';
import { OrganisationFormModal } from './organisation-form-modal';
import { ProjectTable } from './project-table';
import { fundStatusColor, fundStatusLabel } from './tf-labels';
import { BackLink, RecordTitle, Section } from './tf-ui';
import { TransactionsPanel } from './transactions-panel';
import { type Fund, useFund, useProjects, useTrustFundAccess } from './trust-funds.api';

function FundDetails({ fund }: { fund: Fund }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" component="dl" m={0}>
        <DetailField label={t('trustFunds.fund.code')} testId="fund-code">
          {fund.code}
        </DetailField>
        <DetailField label={t('trustFunds.fund.currency')} testId="fund-currency">
          {fund.currency} — {currencyName(fund.currency, locale)}
        </DetailField>
        <DetailField label={t('trustFunds.fund.status')}>
          <StateBadge color={fundStatusColor[fund.status]}>{fundStatusLabel(t, fund.status)}</StateBadge>
        </DetailField>
        <DetailField label={t('trustFunds.fund.beneficiary')}>
          {fund.beneficiaryPartner ? (
            <Anchor component={Link} to={`/partners/${fund.beneficiaryPartner.id}`}>
              {labelOf(fund.beneficiaryPartner.name)}
            </Anchor>
          ) : (
            t('trustFunds.none')
          )}
        </DetailField>
        <DetailField label={t('trustFunds.fund.manager')}>
          {fund.manager ? labelOf(fund.manager.name) : t('trustFunds.none')}
        </DetailField>
        <DetailField label={t('trustFunds.releasability')}>
          <Badge component="span" variant="light" color={releasabilityColor[fund.releasability]}>
            {releasabilityLabel(t, fund.releasability)}
          </Badge>
        </DetailField>
      </SimpleGrid>
      {(fund.description.en || fund.description.fr) && (
        <div>
          <Text size="sm" c="dimmed" fw={600}>
            {t('trustFunds.fund.description')}
          </Text>
          <TranslatedText value={fund.description} style={{ whiteSpace: 'pre-line' }} />
        </div>
      )}
    </Stack>
  );
}

/** `/trust-funds/:id`: the fund, its projects and its money. */
export function FundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const access = useTrustFundAccess();
  const query = useFund(id);
  const fund = query.data;
  const projects = useProjects({ fund: id }, Boolean(fund));
  const [editOpened, edit] = useDisclosure(false);
  const [organisationOpened, organisationForm] = useDisclosure(false);
  usePageTitle(fund ? labelOf(fund.name) : t('trustFunds.title'));

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!fund) return <ErrorAlert error={query.error} />;
  const items = projects.data?.items ?? [];

  return (
    <Stack gap="md">
      <BackLink to="/trust-funds">{t('trustFunds.backToList')}</BackLink>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text c="dimmed" ff="monospace">
            {fund.code}
          </Text>
          <RecordTitle value={fund.name} testId="fund-title" />
        </Stack>
        {access.write && (
          <Group gap="sm">
            <Button
              variant="light"
              onClick={organisationForm.open}
              leftSection={<IconBuildingBank size={16} aria-hidden />}
              data-testid="new-organisation"
            >
              {t('trustFunds.newOrganisation')}
            </Button>
            <Button
              onClick={edit.open}
              leftSection={<IconPencil size={16} aria-hidden />}
              data-testid="edit-fund"
            >
              {t('common.edit')}
            </Button>
          </Group>
        )}
      </Group>

      <Section title={t('trustFunds.details')} testId="fund-details">
        <FundDetails fund={fund} />
      </Section>

      <Section
        title={t('trustFunds.projects')}
        testId="fund-projects"
        actions={
          access.write && (
            <Group gap="sm">
              <Button
                component={Link}
                to={`/trust-fund-projects/new?fund=${fund.id}`}
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                data-testid="new-project"
              >
                {t('trustFunds.newProject')}
              </Button>
            </Group>
          )
        }
      >
        <ErrorAlert error={projects.error} />
        {projects.isPending ? (
          <LoadingState />
        ) : items.length > 0 ? (
          <ProjectTable
            items={items}
            showFund={false}
            caption={t('trustFunds.fundProjectsCaption', { fund: fund.code })}
          />
        ) : (
          <Text c="dimmed">{t('trustFunds.noProjects')}</Text>
        )}
      </Section>

      <TransactionsPanel fund={fund} projects={items} />
      {access.write && (
        <>
          {/* Keyed by version: after a save (or someone else's), the form starts from the fund shown. */}
          <FundFormModal key={fund.version} opened={editOpened} onClose={edit.close} fund={fund} />
          <OrganisationFormModal opened={organisationOpened} onClose={organisationForm.close} />
        </>
      )}
    </Stack>
  );
}
