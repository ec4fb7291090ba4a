import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { ProjectBudgets } from './project-budgets';
import { ProjectDetails } from './project-details';
import { ProjectDocuments } from './project-documents';
import { ProjectResults } from './project-results';
import { BackLink, ProjectStatusBadge, RecordTitle, Section } from './tf-ui';
import { TransactionsPanel } from './transactions-panel';
import { useProject, useProjects, useTrustFundAccess } from './trust-funds.api';

/** `/trust-fund-projects/:id`: a project or a phase, its budget, results, money and documents. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const access = useTrustFundAccess();
  const query = useProject(id);
  const project = query.data?.project;
  // The fund's projects, for the transaction form (a disbursement may go to a phase of this one).
  const siblings = useProjects({ fund: project?.fund.id }, Boolean(project && access.write));
  usePageTitle(project ? labelOf(project.title) : t('trustFunds.title'));

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!project) return <ErrorAlert error={query.error} />;

  return (
    <Stack gap="md">
      <BackLink to={`/trust-funds/${project.fund.id}`}>
        {t('trustFunds.backToFund', { fund: project.fund.code })}
      </BackLink>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Text c="dimmed" ff="monospace">
              {project.code}
            </Text>
            {project.parent && (
              <Badge variant="outline" color="gray" size="sm">
                {t('trustFunds.project.phase')}
              </Badge>
            )}
            <ProjectStatusBadge status={project.status} />
          </Group>
          <RecordTitle value={project.title} testId="project-title" />
        </Stack>
        {access.write && (
          <Group gap="sm">
            {!project.parent && (
              <Button
                component={Link}
                to={`/trust-fund-projects/new?fund=${project.fund.id}&parent=${project.id}`}
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t('trustFunds.newPhase')}
              </Button>
            )}
            <Button
              component={Link}
              to={`/trust-fund-projects/${project.id}/edit`}
              leftSection={<IconPencil size={16} aria-hidden />}
              data-testid="edit-project"
            >
              {t('common.edit')}
            </Button>
          </Group>
        )}
      </Group>

      <Section title={t('trustFunds.details')} testId="project-details">
        <ProjectDetails project={project} />
      </Section>
      <Section title={t('trustFunds.budgets')} testId="project-budgets">
        <ProjectBudgets
          budgets={project.budgets}
          caption={t('trustFunds.budgetsCaption', { project: project.code })}
        />
      </Section>
      <Section title={t('trustFunds.results')} testId="project-results">
        <ProjectResults indicators={project.indicators} />
      </Section>
      <TransactionsPanel
        fund={{ id: project.fund.id, currency: project.fund.currency }}
        project={project}
        projects={siblings.data?.items ?? []}
      />
      <Section title={t('trustFunds.documents')} testId="project-documents-section">
        <ProjectDocuments project={project} canWrite={access.write} />
      </Section>
    </Stack>
  );
}
