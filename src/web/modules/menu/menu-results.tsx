import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText } from '../../../core/bilingual';
import { currentLocale } from '../../i18n';
import { StateBadge } from '../../ui/state-badge';
import { labelOf } from '../../ui/translated-text';
import { IterationFacts } from './iteration-facts';
import type { ActivitySummary } from './menu.api';
import { activityStatusColor, kindLabel, languageLabel, statusLabel } from './menu-labels';

/** Shown per activity; the rest are one click away on its page. */
const iterationsShown = 3;

/** A title in the UI language linking to the activity; says so when it shows the other language. */
export function ActivityTitleLink({ activity }: { activity: Pick<ActivitySummary, 'id' | 'title'> }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { text, missing } = pickText(activity.title, locale);
  const other = locale === 'en' ? 'fr' : 'en';
  return (
    <Group gap="xs" align="baseline" wrap="nowrap" component="span">
      <Anchor
        component={Link}
        to={`/menu/activities/${activity.id}`}
        fw={700}
        lang={missing ? other : undefined}
      >
        {text || t('common.noText')}
      </Anchor>
      {missing && text && (
        <Badge
          size="xs"
          variant="outline"
          color="gray"
          style={{ flexShrink: 0 }}
          data-testid="translation-missing"
        >
          {t('common.translationMissing')}
        </Badge>
      )}
    </Group>
  );
}

function ResultCard({ activity, showStatus }: { activity: ActivitySummary; showStatus: boolean }) {
  const { t } = useTranslation();
  const hidden = activity.iterations.length - iterationsShown;
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      data-testid="menu-result"
      aria-labelledby={`activity-${activity.id}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={3} size="h5" id={`activity-${activity.id}`}>
              <Group gap="xs" align="baseline" component="span">
                <Text span ff="monospace" size="sm" c="dimmed" data-testid="activity-code">
                  {activity.code}
                </Text>
                <ActivityTitleLink activity={activity} />
              </Group>
            </Title>
            <Text size="sm">{labelOf(activity.provider.name)}</Text>
          </Stack>
          {(showStatus || activity.status === 'cancelled') && (
            <StateBadge color={activityStatusColor[activity.status]}>
              {statusLabel(t, activity.status)}
            </StateBadge>
          )}
        </Group>
        <Group gap={6}>
          <StateBadge variant="filled" color="indigo" size="sm">
            {kindLabel(t, activity.kind)}
          </StateBadge>
          {activity.areas.map((area) => (
            <StateBadge key={area.id} variant="light" size="sm" tt="none" title={area.code}>
              {labelOf(area.name)}
            </StateBadge>
          ))}
          <Text size="sm" c="dimmed">
            {t('menu.inLanguages', {
              languages: activity.languages.map((l) => languageLabel(t, l)).join(', '),
            })}
          </Text>
        </Group>
        {activity.iterations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('menu.noIterations')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {activity.iterations.slice(0, iterationsShown).map((iteration) => (
              <li key={iteration.id}>
                <IterationFacts iteration={iteration} />
              </li>
            ))}
          </Stack>
        )}
        {hidden > 0 && (
          <Anchor component={Link} to={`/menu/activities/${activity.id}`} size="sm">
            {t('menu.moreIterations', { count: hidden })}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}

export function MenuResults({ items, showStatus }: { items: ActivitySummary[]; showStatus: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="sm"
      component="ol"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label={t('menu.resultsLabel')}
      data-testid="menu-results"
    >
      {items.map((activity) => (
        <ResultCard key={activity.id} activity={activity} showStatus={showStatus} />
      ))}
    </Stack>
  );
}
