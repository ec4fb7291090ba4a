import { Anchor, Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMoreButton } from '../../ui/load-more-button';
import { LoadingState } from '../../ui/loading-state';
import { usePageTitle } from '../../ui/use-page-title';
import { type AuditEvent, useAuditEvents } from './audit.api';
import { AuditChanges } from './audit-changes';
import { AuditFilters, type AuditFilterValues } from './audit-filters';

/** A local calendar day as the instant it starts, optionally the next day's start (an exclusive end). */
function dayStart(date: string, nextDay = false): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + (nextDay ? 1 : 0));
  return day.toISOString();
}

function EventCard({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Paper component="li" withBorder p="sm" data-testid="audit-event">
      <Stack gap={4}>
        <Text size="sm">
          <Text span fw={700}>
            {t(`audit.actions.${event.action}`, { defaultValue: event.action })}
          </Text>{' '}
          · {event.actor.label} ·{' '}
          <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time>
        </Text>
        <Text size="xs" c="dimmed">
          <Badge size="xs" variant="outline" color="dark" mr={6}>
            {t(`audit.entityTypes.${event.entityType}`, { defaultValue: event.entityType })}
          </Badge>
          {event.entityId}
          {event.partnerId && (
            <>
              {' · '}
              <Anchor component={Link} to={`/partners/${event.partnerId}`} size="xs">
                {t('audit.openPartner')}
              </Anchor>
            </>
          )}
          {event.requestId && ` · ${t('audit.requestId')}: ${event.requestId}`}
        </Text>
        <AuditChanges event={event} />
      </Stack>
    </Paper>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const [filters, setFilters] = useState<AuditFilterValues>({
    action: '',
    entityType: '',
    actorId: '',
    fromDate: '',
    toDate: '',
  });
  const [action] = useDebouncedValue(filters.action, 300);
  const events = useAuditEvents({
    action: action || undefined,
    entityType: filters.entityType || undefined,
    actorId: filters.actorId || undefined,
    from: dayStart(filters.fromDate),
    to: dayStart(filters.toDate, true),
  });
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      <Title order={1}>{t('audit.title')}</Title>
      <AuditFilters values={filters} onChange={(patch) => setFilters((old) => ({ ...old, ...patch }))} />
      <ErrorAlert error={events.error} />
      {events.isPending ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('audit.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </Stack>
      )}
      <LoadMoreButton pages={events} label={t('audit.loadMore')} />
    </Stack>
  );
}
