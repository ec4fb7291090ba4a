import { AppShell, Burger, Group, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ChangePasswordModal } from '../auth/change-password-modal';
import { type SessionData, sessionKey, useSession } from '../auth/session';
import { changeLocale } from '../i18n';
import { setCsrfToken, setSessionLostHandler } from '../lib/api-client';
import { NotificationBell } from '../modules/notifications/notification-bell';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

/** Keeps the UI language on the user's setting and sends an expired session to the sign-in page. */
function useSessionSync() {
  const { me } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const userLocale = me?.locale;

  useEffect(() => {
    if (userLocale) void changeLocale(userLocale);
  }, [userLocale]);

  useEffect(() => {
    setSessionLostHandler(() => {
      setCsrfToken(null);
      client.setQueryData<SessionData>(sessionKey, { user: null, csrfToken: null });
      if (location.pathname !== '/login') {
        const next = `${location.pathname}${location.search}`;
        navigate(`/login?next=${encodeURIComponent(next)}`, { replace: true, state: { sessionEnded: true } });
      }
    });
    return () => setSessionLostHandler(null);
  }, [client, navigate, location.pathname, location.search]);
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  useSessionSync();

  // Close the mobile menu after navigating.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every route change
  useEffect(() => close(), [location.pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
            />
            <Title order={2} size="h3">
              <Link to="/partners" style={{ color: 'inherit', textDecoration: 'none' }}>
                {t('app.name')}
              </Link>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.mainNavigation')}>
        <MainNav />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Outlet />
      </AppShell.Main>
      <ChangePasswordModal />
    </AppShell>
  );
}
