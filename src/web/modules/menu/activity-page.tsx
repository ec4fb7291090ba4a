import { Anchor, Badge, Button, Card, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconHistory, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { pickText } from '../../../core/bilingual';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { IterationNominationBar } from '../nominations/iteration-nomination-bar';
import {
  ActivityDescriptions,
  ActivityDetails,
  ActivityEligibility,
  ActivityReleasability,
} from './activity-details';
import { ActivityHistory } from './activity-history';
import { ActivityStatusActions, IterationStatusActions } from './activity-status-actions';
import { IterationFacts } from './iteration-facts';
import { type Activity, useActivity } from './menu.api';
import { activityStatusColor, kindLabel, statusLabel } from './menu-labels';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  const id = `section-${testId}`;
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Iterations({ activity, showStatus }: { activity: Activity; showStatus: boolean }) {
  const { t } = useTranslation();
  if (activity.iterations.length === 0) return <Text c="dimmed">{t('menu.noIterations')}</Text>;
  return (
    <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {activity.iterations.map((iteration) => (
        <Paper key={iteration.id} component="li" withBorder p="sm">
          <Group justify="space-between" align="center" gap="xs">
            <IterationFacts iteration={iteration} showStatus={showStatus} showSeatLimit />
            {activity.editable && <IterationStatusActions activity={activity} iteration={iteration} />}
          </Group>
          <IterationNominationBar activity={activity} iteration={iteration} />
        </Paper>
      ))}
    </Stack>
  );
}

/** The audit trail, fetched only when asked for: most visitors never open it. */
function HistorySection({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Section title={t('history.title')} testId="activity-history">
      <Stack gap={0}>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconHistory size={14} aria-hidden />}
          onClick={toggle}
          aria-expanded={opened}
          aria-controls="activity-history-list"
          style={{ alignSelf: 'flex-start' }}
          data-testid="activity-history-toggle"
        >
          {opened ? t('menu.hideHistory') : t('menu.showHistory')}
        </Button>
        <Collapse expanded={opened} id="activity-history-list" mt={opened ? 'sm' : 0}>
          {opened && <ActivityHistory activityId={activityId} />}
        </Collapse>
      </Stack>
    </Section>
  );
}

export function ActivityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useSession();
  const query = useActivity(id);
  const activity = query.data?.activity;
  usePageTitle(activity ? `${activity.code} · ${labelOf(activity.title)}` : t('menu.title'));

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!activity) return <ErrorAlert error={query.error} />;

  const locale = currentLocale();
  const other = locale === 'en' ? 'fr' : 'en';
  const title = pickText(activity.title, locale);
  const staff = can('menu.manage');

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/menu?year=${activity.year}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('menu.backToMenu')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text ff="monospace" c="dimmed" data-testid="activity-code-heading">
            {activity.code}
          </Text>
          <Group gap="xs" align="baseline">
            <Title order={1} data-testid="activity-title" lang={title.missing ? other : undefined}>
              {title.text}
            </Title>
            {title.missing && (
              <Badge size="sm" variant="outline" color="gray">
                {t('common.translationMissing')}
              </Badge>
            )}
          </Group>
          {!title.missing && activity.title[other] && (
            <Text c="dimmed" lang={other}>
              {activity.title[other]}
            </Text>
          )}
          <Group gap="xs" mt={6}>
            <Badge variant="filled" color="indigo">
              {kindLabel(t, activity.kind)}
            </Badge>
            <Badge variant="light" color={activityStatusColor[activity.status]} data-testid="activity-status">
              {statusLabel(t, activity.status)}
            </Badge>
            <Text size="sm">{labelOf(activity.provider.name)}</Text>
          </Group>
        </div>
        {activity.editable && (
          <Button
            component={Link}
            to={`/menu/activities/${activity.id}/edit`}
            leftSection={<IconPencil size={16} aria-hidden />}
            data-testid="activity-edit"
          >
            {t('common.edit')}
          </Button>
        )}
      </Group>

      {activity.editable && <ActivityStatusActions activity={activity} />}

      <Section title={t('menu.iterations')} testId="activity-iterations">
        <Iterations activity={activity} showStatus={activity.editable} />
      </Section>

      <Section title={t('menu.details')} testId="activity-details">
        <ActivityDetails activity={activity} />
      </Section>

      <Section title={t('menu.description')} testId="activity-description">
        <ActivityDescriptions activity={activity} />
      </Section>

      <Section title={t('menu.whoMayApply')} testId="activity-eligibility-section">
        <ActivityEligibility activity={activity} staff={staff} />
      </Section>

      <Section title={t('menu.whoMaySee')} testId="activity-releasability">
        <ActivityReleasability activity={activity} />
      </Section>

      {activity.editable && <HistorySection activityId={activity.id} />}
    </Stack>
  );
}
