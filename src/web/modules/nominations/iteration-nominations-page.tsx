import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { NominationStatus } from '../../../shared/enums';
import { ApiError } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { IterationDates, iterationPlace } from '../menu/iteration-facts';
import type { Iteration } from '../menu/menu.api';
import { ConfirmModal } from './confirm-modal';
import { hasStarted } from './nomination-labels';
import { NominationTable } from './nomination-table';
import {
  type Nomination,
  useActivityOnceKnown,
  useIterationNominations,
  useNominationAccess,
  useReleaseSeats,
} from './nominations.api';
import { deadlineText, SeatsSummary } from './seats-summary';

/** The order of the page: who has a seat, who waits for a decision, the waiting list, then the rest. */
const groups: NominationStatus[] = ['accepted', 'pending', 'waitlisted', 'rejected', 'withdrawn'];

function StatusGroup({
  status,
  items,
  showPartner,
}: {
  status: NominationStatus;
  items: Nomination[];
  showPartner: boolean;
}) {
  const { t } = useTranslation();
  const id = `nominations-${status}`;
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={`group-${status}`}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {t(`nominations.groups.${status}`, { count: items.length })}
      </Title>
      <NominationTable
        items={items}
        variant="iteration"
        showPartner={showPartner}
        showPosition={status === 'waitlisted'}
        caption={t(`nominations.groups.${status}`, { count: items.length })}
      />
    </Card>
  );
}

/** Staff release the unfilled seats now: the waiting list by priority, then every eligible partner. */
function ReleaseSeatsButton({ iteration }: { iteration: Iteration }) {
  const { t } = useTranslation();
  const release = useReleaseSeats();
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    release.reset();
    setConfirming(false);
  };
  return (
    <>
      <Button
        variant="light"
        leftSection={<IconLockOpen size={16} aria-hidden />}
        onClick={() => setConfirming(true)}
        data-testid="release-seats"
      >
        {t('nominations.release.button')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('nominations.release.title')}
        confirmLabel={t('nominations.release.do')}
        color="blue"
        pending={release.isPending}
        error={release.error}
        onClose={close}
        onConfirm={() =>
          release.mutate(iteration.id, {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('nominations.release.done') });
              close();
            },
          })
        }
      >
        {t('nominations.release.body')}
      </ConfirmModal>
    </>
  );
}

/** `/menu/iterations/:id/nominations`: an iteration's seats and nominations, for its provider and staff. */
export function IterationNominationsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const access = useNominationAccess();
  const query = useIterationNominations(id);
  const activity = useActivityOnceKnown(query.data?.activityId).data?.activity;
  const iteration = activity?.iterations.find((i) => i.id === id);
  usePageTitle(
    activity
      ? t('nominations.iterationTitleNamed', { code: activity.code })
      : t('nominations.iterationTitle'),
  );

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!query.data) return <ErrorAlert error={query.error} />;

  const { seats, items } = query.data;
  const mayRelease =
    access.release &&
    iteration !== undefined &&
    (iteration.status === 'open' || iteration.status === 'closed') &&
    !hasStarted(iteration.startsOn) &&
    !seats.releasedAt;
  // A liaison sees its own partner's nominations only: the partner column says nothing to it.
  const showPartner = access.liaisonPartnerId === null;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/menu/activities/${query.data.activityId}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('nominations.backToActivity')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          {activity && (
            <Text ff="monospace" c="dimmed">
              {activity.code}
            </Text>
          )}
          <Title order={1} data-testid="iteration-nominations-title">
            {t('nominations.iterationTitle')}
          </Title>
          {activity && <Text fw={600}>{labelOf(activity.title)}</Text>}
          {iteration && (
            <Text size="sm" c="dimmed" data-testid="iteration-when">
              <IterationDates iteration={iteration} /> · {iterationPlace(iteration, t)}
            </Text>
          )}
        </div>
        {mayRelease && iteration && <ReleaseSeatsButton iteration={iteration} />}
      </Group>

      <SeatsSummary seats={seats} />
      {iteration && (
        <Text size="sm" data-testid="deadline-text">
          {deadlineText(t, iteration, seats.releasedAt)}
          {seats.partnerSeatLimit !== null && !seats.releasedAt
            ? ` · ${t('nominations.seats.partnerLimit', { count: seats.partnerSeatLimit })}`
            : ''}
        </Text>
      )}

      {items.length === 0 ? (
        <Text c="dimmed" data-testid="no-nominations">
          {t('nominations.emptyIteration')}
        </Text>
      ) : (
        groups.map((status) => {
          const group = items.filter((n) => n.status === status);
          return group.length > 0 ? (
            <StatusGroup key={status} status={status} items={group} showPartner={showPartner} />
          ) : null;
        })
      )}
    </Stack>
  );
}
