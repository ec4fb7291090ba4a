import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconListDetails, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import type { Activity, Iteration } from '../menu/menu.api';
import { formatDateRange } from '../menu/menu-labels';
import { NominateModal } from './nominate-modal';
import { takesNominations } from './nomination-labels';
import { useIterationNominations, useNominationAccess } from './nominations.api';
import { deadlineText, SeatsLine } from './seats-summary';

/**
 * Under each iteration of an activity's page, for those who deal with nominations: the seats, where the
 * deadline stands, "Nominate" for a liaison whose partner may, the iteration's nominations for the
 * provider and staff, and the liaison's own nominations to it.
 */
export function IterationNominationBar({
  activity,
  iteration,
}: {
  activity: Activity;
  iteration: Iteration;
}) {
  const { t } = useTranslation();
  const access = useNominationAccess();
  const [nominating, setNominating] = useState(false);
  const owner = access.owns(activity.provider.id);
  const liaison = access.liaisonPartnerId !== null;
  // A liaison sees the activity only if its partner may apply to it (the menu is scoped so).
  const query = useIterationNominations(iteration.id, access.read && (owner || liaison));
  if (!access.read || !(owner || liaison) || iteration.status === 'draft') return null;

  const seats = query.data?.seats;
  const mayNominate = liaison && access.write && takesNominations(iteration);
  const own = liaison ? (query.data?.items.length ?? 0) : 0;
  const label = `${activity.code}, ${
    iteration.startsOn
      ? formatDateRange(iteration.startsOn, iteration.endsOn, currentLocale())
      : t('menu.selfPaced')
  }`;

  return (
    <Stack gap={6} mt="xs" data-testid="iteration-nominations">
      {seats && (
        <SeatsLine
          seats={seats}
          deadline={deadlineText(t, iteration, iteration.seatsReleasedAt ?? seats.releasedAt)}
        />
      )}
      <Group gap="xs">
        {mayNominate && (
          <Button
            size="xs"
            leftSection={<IconUserPlus size={14} aria-hidden />}
            onClick={() => setNominating(true)}
            aria-label={t('nominations.nominateNamed', { iteration: label })}
            data-testid="nominate-button"
          >
            {t('nominations.nominate')}
          </Button>
        )}
        {owner && (
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/menu/iterations/${iteration.id}/nominations`}
            leftSection={<IconListDetails size={14} aria-hidden />}
            aria-label={t('nominations.manageNamed', { iteration: label })}
            data-testid="iteration-nominations-link"
          >
            {t('nominations.manage')}
          </Button>
        )}
        {own > 0 && (
          <Anchor component={Link} to={`/nominations?activity=${activity.id}`} size="sm">
            {t('nominations.yours', { count: own })}
          </Anchor>
        )}
        {liaison && !mayNominate && iteration.status === 'open' && (
          <Text size="sm" c="dimmed">
            {t('nominations.notTaking')}
          </Text>
        )}
      </Group>
      {mayNominate && (
        <NominateModal
          iterationId={iteration.id}
          iterationLabel={label}
          opened={nominating}
          onClose={() => setNominating(false)}
        />
      )}
    </Stack>
  );
}
