import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconBuildingWarehouse,
  IconCalendarEvent,
  IconCategory,
  IconCoins,
  IconFileImport,
  IconFileText,
  IconHistory,
  IconKey,
  IconSitemap,
  IconUserCheck,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type Permission, useSession } from '../auth/session';
import { useNominationAccess } from '../modules/nominations/nominations.api';
import { useProgrammeAccess } from '../modules/programmes/programmes.api';

interface Item {
  to: string;
  label: string;
  icon: ReactNode;
}

function NavItems({ items }: { items: Item[] }) {
  const { pathname } = useLocation();
  const matches = (to: string) => pathname === to || pathname.startsWith(`${to}/`);
  // The most specific item only: on /menu/import, "Import" is current, not "Menu" as well.
  const current = items.filter((item) => matches(item.to)).sort((a, b) => b.to.length - a.to.length)[0]?.to;
  return items.map((item) => {
    const active = item.to === current;
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={item.label}
        leftSection={item.icon}
        active={active}
        aria-current={active ? 'page' : undefined}
      />
    );
  });
}

export function MainNav() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const programmes = useProgrammeAccess();
  const nominations = useNominationAccess();
  const iconProps = { size: 18, stroke: 1.6, 'aria-hidden': true } as const;

  const main: Item[] = [
    { to: '/menu', label: t('nav.menu'), icon: <IconCalendarEvent {...iconProps} /> },
    { to: '/partners', label: t('nav.partners'), icon: <IconBuildingCommunity {...iconProps} /> },
  ];
  if (can('menu.write')) {
    // Right under the menu, as part of it.
    main.splice(main.findIndex((item) => item.to === '/menu') + 1, 0, {
      to: '/menu/import',
      label: t('nav.import'),
      icon: <IconFileImport {...iconProps} />,
    });
  }
  if (programmes.read) {
    main.push({ to: '/programmes', label: t('nav.programmes'), icon: <IconFileText {...iconProps} /> });
  }
  if (nominations.read) {
    const label = nominations.liaisonPartnerId ? t('nominations.navMine') : t('nominations.nav');
    main.push({ to: '/nominations', label, icon: <IconUserCheck {...iconProps} /> });
  }
  if (can('trustfund.read')) {
    main.push({ to: '/trust-funds', label: t('trustFunds.nav'), icon: <IconCoins {...iconProps} /> });
  }
  main.push({ to: '/providers', label: t('nav.providers'), icon: <IconBuildingWarehouse {...iconProps} /> });
  if (me) main.push({ to: '/tokens', label: t('nav.tokens'), icon: <IconKey {...iconProps} /> });

  const adminItems: (Item & { permission: Permission })[] = [
    {
      to: '/admin/users',
      label: t('nav.users'),
      icon: <IconUsers {...iconProps} />,
      permission: 'user.read',
    },
    {
      to: '/admin/frameworks',
      label: t('nav.frameworks'),
      icon: <IconSitemap {...iconProps} />,
      permission: 'taxonomy.write',
    },
    {
      to: '/admin/areas',
      label: t('nav.areas'),
      icon: <IconCategory {...iconProps} />,
      permission: 'taxonomy.write',
    },
    {
      to: '/admin/audit',
      label: t('nav.audit'),
      icon: <IconHistory {...iconProps} />,
      permission: 'audit.read',
    },
  ];
  const admin = adminItems.filter((item) => can(item.permission));

  return (
    <Stack gap={4}>
      <NavItems items={main} />
      {admin.length > 0 && (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" px="sm" component="h2">
            {t('nav.administration')}
          </Text>
          <NavItems items={admin} />
        </>
      )}
    </Stack>
  );
}
