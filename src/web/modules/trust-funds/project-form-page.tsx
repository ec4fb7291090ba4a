import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { ProjectForm } from './project-form';
import { BackLink } from './tf-ui';
import { useFund, useProject, type VersionedProject } from './trust-funds.api';

function useOnSaved() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (saved: VersionedProject) => {
    notifications.show({ color: 'green', message: t('trustFunds.projectForm.saved') });
    navigate(`/trust-fund-projects/${saved.project.id}`);
  };
}

/** `/trust-fund-projects/new?fund=…[&parent=…]`: a project of a fund, or a phase of a project. */
export function ProjectNewPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const fundId = params.get('fund') ?? '';
  const parentId = params.get('parent') ?? '';
  const fund = useFund(fundId);
  const onSaved = useOnSaved();
  const title = t(parentId ? 'trustFunds.projectForm.newPhaseTitle' : 'trustFunds.projectForm.newTitle');
  usePageTitle(title);

  if (!fundId) return <NotFoundPage />;
  if (fund.isPending) return <LoadingState />;
  if (fund.error instanceof ApiError && (fund.error.status === 404 || fund.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!fund.data) return <ErrorAlert error={fund.error} />;

  return (
    <Stack gap="md">
      <BackLink to={parentId ? `/trust-fund-projects/${parentId}` : `/trust-funds/${fund.data.id}`}>
        {parentId ? t('trustFunds.backToProject') : t('trustFunds.backToFund', { fund: fund.data.code })}
      </BackLink>
      <Title order={1}>{title}</Title>
      <ProjectForm fund={fund.data} current={null} parentId={parentId} onSaved={onSaved} />
    </Stack>
  );
}

/** `/trust-fund-projects/:id/edit`: every field, budgets and indicators replaced as a whole. */
export function ProjectEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useProject(id);
  const project = query.data?.project;
  const fund = useFund(project?.fund.id ?? '');
  const onSaved = useOnSaved();
  const [reloads, setReloads] = useState(0);
  usePageTitle(project ? t('trustFunds.projectForm.editTitleOf', { title: labelOf(project.title) }) : null);

  if (query.isPending || (project && fund.isPending)) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!query.data || !project) return <ErrorAlert error={query.error} />;
  if (!fund.data) return <ErrorAlert error={fund.error} />;

  return (
    <Stack gap="md">
      <BackLink to={`/trust-fund-projects/${project.id}`}>{t('trustFunds.backToProject')}</BackLink>
      <Title order={1}>{t('trustFunds.projectForm.editTitleOf', { title: labelOf(project.title) })}</Title>
      {/* A new key after a reload starts the form again from the latest version. */}
      <ProjectForm
        key={`${project.id}.${reloads}`}
        fund={fund.data}
        current={query.data}
        onSaved={onSaved}
        onReload={async () => {
          await query.refetch();
          setReloads((n) => n + 1);
        }}
      />
    </Stack>
  );
}
