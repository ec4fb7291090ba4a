import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconCategory,
  IconHistory,
  IconKey,
  IconSitemap,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type Permission, useSession } from '../auth/session';

interface Item {
  to: string;
  label: string;
  icon: ReactNode;
}

function NavItems({ items }: { items: Item[] }) {
  const { pathname } = useLocation();
  return items.map((item) => {
    const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
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
  const iconProps = { size: 18, stroke: 1.6, 'aria-hidden': true } as const;

  const main: Item[] = [
    { to: '/partners', label: t('nav.partners'), icon: <IconBuildingCommunity {...iconProps} /> },
  ];
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
