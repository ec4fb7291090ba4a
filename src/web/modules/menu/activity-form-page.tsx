import { Anchor, Divider, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { menuYearSchema } from '../../../modules/menu/menu.schemas';
import { ApiError } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { usePageTitle } from '../../ui/use-page-title';
import { ActivityForm } from './activity-form';
import { ActivityStatusActions } from './activity-status-actions';
import { ActivityIterations } from './iteration-editor';
import { useActivity, useMenuYears, type VersionedActivity } from './menu.api';
import { statusLabel } from './menu-labels';

function useOnSaved() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (saved: VersionedActivity) => {
    notifications.show({ color: 'green', message: t('activityForm.saved', { code: saved.activity.code }) });
    navigate(`/menu/activities/${saved.activity.id}`);
  };
}

/** `/menu/activities/new?year=2027`: a new activity, in the year asked for or the current menu year. */
export function ActivityNewPage() {
  const { t } = useTranslation();
  const onSaved = useOnSaved();
  const [params] = useSearchParams();
  const years = useMenuYears();
  usePageTitle(t('activityForm.newTitle'));
  const asked = menuYearSchema.safeParse(Number(params.get('year')));
  const defaultYear = asked.success ? asked.data : years.data?.current;

  if (defaultYear === undefined && years.isPending) return <LoadingState />;
  return (
    <Stack gap="md">
      <Title order={1}>{t('activityForm.newTitle')}</Title>
      <ActivityForm current={null} defaultYear={defaultYear ?? new Date().getFullYear()} onSaved={onSaved} />
    </Stack>
  );
}

export function ActivityEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useActivity(id);
  const onSaved = useOnSaved();
  const [reloads, setReloads] = useState(0);
  const activity = query.data?.activity;
  usePageTitle(
    activity ? t('activityForm.editTitleOf', { code: activity.code }) : t('activityForm.editTitle'),
  );

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!query.data || !activity) return <ErrorAlert error={query.error} />;
  // Someone who may read it but not edit it (another provider's published activity) finds nothing here.
  if (!activity.editable) return <NotFoundPage />;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/menu/activities/${activity.id}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('activityForm.backToActivity')}
        </Group>
      </Anchor>
      <Title order={1}>{t('activityForm.editTitleOf', { code: activity.code })}</Title>
      <Group gap="sm" aria-label={t('activityForm.statusRegion')} role="group">
        <span>{t('activityForm.currentStatus', { status: statusLabel(t, activity.status) })}</span>
        <ActivityStatusActions activity={activity} />
      </Group>
      {/* A new key after a reload or a status step starts the form again from the latest version. */}
      <ActivityForm
        key={`${activity.id}.${reloads}.${activity.status}`}
        current={query.data}
        defaultYear={activity.year}
        onSaved={onSaved}
        onReload={async () => {
          await query.refetch();
          setReloads((n) => n + 1);
        }}
      />
      <Divider />
      <ActivityIterations activity={activity} />
    </Stack>
  );
}
