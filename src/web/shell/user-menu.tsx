import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout, useSession } from '../auth/session';

export function UserMenu() {
  const { t } = useTranslation();
  const { me, isPending } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();

  if (isPending) return null;
  if (!me) {
    return (
      <Button component={Link} to="/login" size="xs" variant="light">
        {t('auth.signIn')}
      </Button>
    );
  }
  return (
    <Group gap="sm" wrap="nowrap">
      <Stack gap={0} align="flex-end" visibleFrom="xs">
        <Text size="sm" fw={600} data-testid="current-user-name">
          {me.displayName}
        </Text>
        <Badge size="xs" variant="light" data-testid="current-user-role">
          {t(`roles.${me.role}`)}
        </Badge>
      </Stack>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconLogout size={16} aria-hidden />}
        loading={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
      >
        {t('auth.signOut')}
      </Button>
    </Group>
  );
}
