import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../i18n';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { type Notification, useBellNotifications, useMarkAllRead, useMarkRead } from './notifications.api';
import { formatRelativeTime } from './relative-time';

function NotificationItem({ item, onOpen }: { item: Notification; onOpen: (item: Notification) => void }) {
  const locale = currentLocale();
  const unread = item.readAt === null;
  return (
    <UnstyledButton
      component={Link}
      to={item.link}
      onClick={() => onOpen(item)}
      p="xs"
      data-testid="notification-item"
      data-unread={unread || undefined}
      style={{
        display: 'block',
        borderRadius: 'var(--mantine-radius-sm)',
        borderLeft: `3px solid ${unread ? 'var(--mantine-color-blue-6)' : 'transparent'}`,
        background: unread ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Text size="sm" fw={unread ? 700 : 500}>
        {item.title}
      </Text>
      <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
        {item.body}
      </Text>
      <Text
        size="xs"
        c="dimmed"
        component="time"
        dateTime={item.createdAt}
        title={formatDateTime(item.createdAt, locale)}
      >
        {formatRelativeTime(item.createdAt, locale)}
      </Text>
    </UnstyledButton>
  );
}

/** The bell in the header: the unread count, and the latest notifications one click away. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const notifications = useBellNotifications(Boolean(me) && !me?.mustChangePassword);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const locale = currentLocale();

  if (!me) return null;
  const unread = notifications.data?.unreadCount ?? 0;
  const items = notifications.data?.items ?? [];
  const open = (item: Notification) => {
    close();
    if (!item.readAt) markRead.mutate(item.id);
  };

  return (
    // The indicator sits outside the popover's target: the target gives its own child the popup's ARIA.
    <Indicator
      label={<span aria-hidden>{unread > 99 ? '99+' : formatNumber(unread, locale)}</span>}
      disabled={unread === 0}
      size={18}
      color="red"
      offset={4}
      data-testid="notification-count"
    >
      <Popover
        opened={opened}
        onChange={(value) => !value && close()}
        position="bottom-end"
        width={380}
        shadow="md"
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={toggle}
            aria-label={t('notifications.bellLabel', {
              count: unread,
              formatted: formatNumber(unread, locale),
            })}
            data-testid="notification-bell"
          >
            <IconBell size={18} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown
          p="xs"
          role="dialog"
          aria-labelledby="notifications-heading"
          data-testid="notification-panel"
        >
          <Group justify="space-between" mb="xs" px={4}>
            <Title order={2} size="h5" id="notifications-heading">
              {t('notifications.title')}
            </Title>
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconChecks size={14} aria-hidden />}
              disabled={unread === 0}
              loading={markAllRead.isPending}
              onClick={() => markAllRead.mutate()}
            >
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          {notifications.isPending ? (
            <LoadingState />
          ) : notifications.error ? (
            <ErrorAlert error={notifications.error} />
          ) : items.length === 0 ? (
            <Text c="dimmed" size="sm" p="xs">
              {t('notifications.empty')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={420} type="auto">
              <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {items.map((item) => (
                  <li key={item.id}>
                    <NotificationItem item={item} onOpen={open} />
                  </li>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
