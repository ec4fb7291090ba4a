import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActivityStatus, activityTransitions } from '../../../shared/enums';
import { ApiError } from '../../lib/api-client';
import { AppModal } from '../../ui/app-modal';
import { useErrorMessage } from '../../ui/error-alert';
import { type Activity, type Iteration, menuKeys } from './menu.api';
import { statusLabel } from './menu-labels';
import { useActivityTransition, useIterationTransition } from './menu-write.api';

/** Notifications start with the name, which reads lowercase inside sentences ("iteration 2 of …"). */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const buttonColor: Partial<Record<ActivityStatus, string>> = {
  cancelled: 'red',
  published: 'blue',
  open: 'green',
};

interface StepsProps {
  /** What the steps move: for labels and the confirmation text. */
  subject: 'activity' | 'iteration';
  /** Names the record in accessible labels ("Publish NSO.101", "Publish iteration 2"). */
  name: string;
  status: ActivityStatus;
  pending: boolean;
  onMove: (to: ActivityStatus) => void;
}

/** One button per allowed next status; cancelling asks first, since it cannot be undone. */
function StatusSteps({ subject, name, status, pending, onMove }: StepsProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const next = activityTransitions[status];
  if (next.length === 0) return null;
  return (
    <>
      <Group gap="xs" data-testid={`${subject}-status-actions`}>
        {next.map((to) => (
          <Button
            key={to}
            size="xs"
            variant={to === 'cancelled' ? 'outline' : 'light'}
            color={buttonColor[to]}
            loading={pending}
            onClick={() => (to === 'cancelled' ? setConfirming(true) : onMove(to))}
            aria-label={t(`activityForm.toNamed.${to}`, { name })}
          >
            {t(`activityForm.to.${to}`)}
          </Button>
        ))}
      </Group>
      <AppModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t(`activityForm.cancelTitle.${subject}`, { name })}
      >
        <Stack gap="md">
          <Text>{t(`activityForm.cancelConfirm.${subject}`)}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('activityForm.keep')}
            </Button>
            <Button
              color="red"
              loading={pending}
              onClick={() => {
                setConfirming(false);
                onMove('cancelled');
              }}
            >
              {t(`activityForm.cancelDo.${subject}`)}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}

/** Reports a refused step; a stale version reloads the activity so the next try starts from it. */
function useOnStepError(activityId: string) {
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  return (error: unknown) => {
    notifications.show({ color: 'red', message: errorMessage(error) });
    if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
      void client.invalidateQueries({ queryKey: menuKeys.detail(activityId) });
    }
  };
}

/** The status steps of an activity (publish, open, close, complete, cancel) for those who may edit it. */
export function ActivityStatusActions({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const move = useActivityTransition();
  const onError = useOnStepError(activity.id);
  if (!activity.editable) return null;
  return (
    <StatusSteps
      subject="activity"
      name={activity.code}
      status={activity.status}
      pending={move.isPending}
      onMove={(to) =>
        move.mutate(
          { activity, to },
          {
            onSuccess: () =>
              notifications.show({
                color: 'green',
                message: t('activityForm.moved', { name: activity.code, status: statusLabel(t, to) }),
              }),
            onError,
          },
        )
      }
    />
  );
}

/** The status steps of one iteration of an activity. */
export function IterationStatusActions({
  activity,
  iteration,
}: {
  activity: Activity;
  iteration: Iteration;
}) {
  const { t } = useTranslation();
  const move = useIterationTransition();
  const onError = useOnStepError(activity.id);
  if (!activity.editable) return null;
  const position = activity.iterations.findIndex((i) => i.id === iteration.id) + 1;
  const name = t('activityForm.iterationOf', { n: position || 1, code: activity.code });
  return (
    <StatusSteps
      subject="iteration"
      name={name}
      status={iteration.status}
      pending={move.isPending}
      onMove={(to) =>
        move.mutate(
          { activity, iteration, to },
          {
            onSuccess: () =>
              notifications.show({
                color: 'green',
                message: t('activityForm.moved', { name: capitalised(name), status: statusLabel(t, to) }),
              }),
            onError,
          },
        )
      }
    />
  );
}
