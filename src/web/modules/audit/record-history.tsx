import { Paper, Stack, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { LoadingState } from '../../ui/loading-state';
import type { AuditEvent, CursorPage } from './audit.api';
import { AuditChanges } from './audit-changes';

/** The audit trail of one record (a partner, an activity), newest first, with its changes. */
export function RecordHistory({
  history,
}: {
  history: UseInfiniteQueryResult<InfiniteData<CursorPage<AuditEvent>>>;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();

  if (history.isPending) return <LoadingState />;
  if (history.error) return <ErrorAlert error={history.error} />;
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
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
