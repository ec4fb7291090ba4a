import {
  Anchor,
  Badge,
  Blockquote,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Timeline,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowsDiff, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { StateBadge } from '../../ui/state-badge';
import { programmeStatusColor, programmeStatusLabel } from './programme-labels';
import type { Programme } from './programmes.api';

/** Every step of this version, oldest first, with who took it and the comment they left. */
export function StatusHistory({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (programme.history.length === 0) return <Text c="dimmed">{t('history.empty')}</Text>;
  return (
    <Timeline
      bulletSize={20}
      lineWidth={2}
      active={programme.history.length - 1}
      component="ol"
      style={{ listStyle: 'none', paddingLeft: 0 }}
    >
      {programme.history.map((entry) => (
        <Timeline.Item
          key={`${entry.at}.${entry.to}`}
          component="li"
          bullet={<IconCircleCheck size={12} aria-hidden />}
          data-testid="status-history-entry"
          title={
            <Group gap="xs">
              {entry.from && (
                <>
                  <StateBadge size="sm" color={programmeStatusColor[entry.from]} variant="outline">
                    {programmeStatusLabel(t, entry.from)}
                  </StateBadge>
                  <span aria-hidden>→</span>
                  <VisuallyHidden>{t('programme.historyTo')}</VisuallyHidden>
                </>
              )}
              <StateBadge size="sm" color={programmeStatusColor[entry.to]}>
                {programmeStatusLabel(t, entry.to)}
              </StateBadge>
            </Group>
          }
        >
          <Text size="sm" c="dimmed">
            {entry.actor.name} · <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
          </Text>
          {entry.comment && (
            <Blockquote p="xs" mt={4} color="gray" data-testid="status-history-comment">
              {entry.comment}
            </Blockquote>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** The versions of the programme, each with a link and, for the others, "compare with this one". */
export function VersionList({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="xs">
      <Table verticalSpacing="xs" aria-label={t('programme.versions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('programme.version')}</Table.Th>
            <Table.Th>{t('programme.status')}</Table.Th>
            <Table.Th>{t('programme.agreedOn')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programme.versions.map((version) => {
            const current = version.id === programme.id;
            return (
              <Table.Tr key={version.id} data-testid="programme-version">
                <Table.Td>
                  {current ? (
                    <Group gap="xs">
                      <Text fw={700}>{t('programme.versionN', { n: version.versionNo })}</Text>
                      <Badge size="xs" variant="outline">
                        {t('programme.shown')}
                      </Badge>
                    </Group>
                  ) : (
                    <Anchor component={Link} to={`/programmes/${version.id}`}>
                      {t('programme.versionN', { n: version.versionNo })}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>
                  <StateBadge color={programmeStatusColor[version.status]}>
                    {programmeStatusLabel(t, version.status)}
                  </StateBadge>
                </Table.Td>
                <Table.Td>{version.agreedOn ? formatCalendarDate(version.agreedOn, locale) : '—'}</Table.Td>
                <Table.Td>
                  {!current && (
                    <Button
                      component={Link}
                      to={`/programmes/${programme.id}/compare/${version.id}`}
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconArrowsDiff size={14} aria-hidden />}
                      aria-label={t('programme.compareWith', { n: version.versionNo })}
                    >
                      {t('programme.compare')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
