import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { LoadingState } from '../../ui/loading-state';
import { AuditChanges } from '../audit/audit-changes';
import { useActivityHistory } from './menu.api';

/** The audit trail of one activity (staff, or its own provider: the server says who). */
export function ActivityHistory({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const history = useActivityHistory(activityId, true);
  const locale = currentLocale();

  if (history.isPending) return <LoadingState />;
  if (history.error) return <ErrorAlert error={history.error} />;
  const items = history.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <Text c="dimmed">{t('history.empty')}</Text>;

  return (
    <Stack gap="sm">
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((event) => (
          <Paper key={event.id} component="li" withBorder p="sm" data-testid="history-event">
            <Text size="sm">
              <Text span fw={700}>
                {t(`audit.actions.${event.action}`, { defaultValue: event.action })}
              </Text>{' '}
              · {event.actor.label} ·{' '}
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time>
            </Text>
            <AuditChanges event={event} />
          </Paper>
        ))}
      </Stack>
      <LoadMoreButton pages={history} label={t('history.loadMore')} />
    </Stack>
  );
}
