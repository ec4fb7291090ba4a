import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client';
import { AppModal } from '../../ui/app-modal';
import { ErrorAlert, useErrorMessage } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import { AttendanceModal } from './attendance-modal';
import { ConfirmModal } from './confirm-modal';
import { attendanceOpen, hasStarted, isLive, personLabel } from './nomination-labels';
import {
  type Decision,
  type Nomination,
  useDecision,
  useErase,
  useNominationAccess,
  useWithdraw,
} from './nominations.api';
import { ReportsModal } from './report-list';

type Dialog = 'reject' | 'withdraw' | 'erase' | 'attendance' | 'reports' | null;

/** A refusal as a notification; "changed meanwhile" for a stale version (the lists are read again). */
function useNotifyError() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (error: unknown) =>
    notifications.show({
      color: error instanceof ApiError && error.status === 412 ? 'orange' : 'red',
      title: error instanceof ApiError && error.status === 412 ? t('errors.staleTitle') : undefined,
      message: message(error),
    });
}

/** The reason is required: the partner is told why. */
function RejectModal({ nomination, onClose }: { nomination: Nomination; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecision();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const name = personLabel(t, nomination);
  return (
    <AppModal opened onClose={onClose} title={t('nominations.reject.title', { name })}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!reason.trim()) return setMissing(true);
          decide.mutate(
            { nomination, input: { decision: 'reject', reason: reason.trim() } },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('nominations.decided.rejected', { name }) });
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <ErrorAlert error={decide.error} />
          <Textarea
            label={t('nominations.reject.reason')}
            description={t('nominations.reject.reasonHint')}
            required
            autosize
            minRows={3}
            maxLength={1000}
            data-autofocus
            value={reason}
            error={missing && !reason.trim() ? t('validation.required') : undefined}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <ModalActions
            onCancel={onClose}
            pending={decide.isPending}
            submitLabel={t('nominations.reject.do')}
          />
        </Stack>
      </form>
    </AppModal>
  );
}

/**
 * What the user may do with one nomination: the provider's (or staff's) decisions before the start,
 * attendance and reports after it; the partner's (or staff's) withdrawal and erasure.
 */
export function NominationActions({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const access = useNominationAccess();
  const decide = useDecision();
  const withdraw = useWithdraw();
  const erase = useErase();
  const notifyError = useNotifyError();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const name = personLabel(t, nomination);
  const erased = nomination.erasedAt !== null;
  const owner = access.owns(nomination.activity.providerId);
  const started = hasStarted(nomination.iteration.startsOn);
  const live = isLive(nomination.status) && !erased;
  const decisions: Decision[] =
    owner && live && !started
      ? (['accept', 'waitlist', 'reject'] as const).filter(
          (d) =>
            !(d === 'accept' && nomination.status === 'accepted') &&
            !(d === 'waitlist' && nomination.status === 'waitlisted'),
        )
      : [];
  const afterStart =
    owner && !erased && nomination.status === 'accepted' && attendanceOpen(nomination.iteration.startsOn);

  const quickDecision = (decision: 'accept' | 'waitlist') =>
    decide.mutate(
      { nomination, input: { decision } },
      {
        onSuccess: (saved) => {
          const key = decision === 'accept' && saved.status === 'waitlisted' ? 'noSeat' : saved.status;
          notifications.show({
            color: key === 'noSeat' ? 'orange' : 'green',
            message: t(`nominations.decided.${key}`, { name, position: saved.waitlistPosition ?? '?' }),
          });
        },
        onError: notifyError,
      },
    );

  const buttons = [
    ...decisions.map((d) => (
      <Button
        key={d}
        size="compact-xs"
        variant={d === 'reject' ? 'outline' : 'light'}
        color={d === 'accept' ? 'green' : d === 'waitlist' ? 'orange' : 'red'}
        loading={decide.isPending && decide.variables?.input.decision === d}
        onClick={() => (d === 'reject' ? setDialog('reject') : quickDecision(d))}
        aria-label={t(`nominations.actions.${d}Named`, { name })}
      >
        {t(`nominations.actions.${d}`)}
      </Button>
    )),
  ];
  if (afterStart) {
    buttons.push(
      <Button
        key="attendance"
        size="compact-xs"
        variant="light"
        onClick={() => setDialog('attendance')}
        aria-label={t('nominations.actions.attendanceNamed', { name })}
      >
        {t('nominations.actions.attendance')}
      </Button>,
      <Button
        key="reports"
        size="compact-xs"
        variant="light"
        onClick={() => setDialog('reports')}
        aria-label={t('nominations.actions.reportsNamed', { name })}
      >
        {t('nominations.actions.reports')}
      </Button>,
    );
  }
  if (access.write && live && !started) {
    buttons.push(
      <Button
        key="withdraw"
        size="compact-xs"
        variant="default"
        onClick={() => setDialog('withdraw')}
        aria-label={t('nominations.actions.withdrawNamed', { name })}
      >
        {t('nominations.actions.withdraw')}
      </Button>,
    );
  }
  if (access.write && !erased) {
    buttons.push(
      <Button
        key="erase"
        size="compact-xs"
        variant="subtle"
        color="red"
        onClick={() => setDialog('erase')}
        aria-label={t('nominations.actions.eraseNamed', { name })}
      >
        {t('nominations.actions.erase')}
      </Button>,
    );
  }
  if (buttons.length === 0) return null;

  return (
    <>
      <Group gap={4} wrap="wrap" data-testid="nomination-actions">
        {buttons}
      </Group>
      {dialog === 'reject' && <RejectModal nomination={nomination} onClose={close} />}
      {dialog === 'attendance' && <AttendanceModal nomination={nomination} onClose={close} />}
      {dialog === 'reports' && (
        <ReportsModal nomination={nomination} canUpload={afterStart} onClose={close} />
      )}
      <ConfirmModal
        opened={dialog === 'withdraw'}
        title={t('nominations.withdraw.title', { name })}
        confirmLabel={t('nominations.withdraw.do')}
        color="orange"
        pending={withdraw.isPending}
        error={withdraw.error}
        onClose={() => {
          withdraw.reset();
          close();
        }}
        onConfirm={() =>
          withdraw.mutate(
            { nomination, input: undefined },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('nominations.withdraw.done', { name }) });
                close();
              },
            },
          )
        }
      >
        {t(nomination.status === 'accepted' ? 'nominations.withdraw.bodySeat' : 'nominations.withdraw.body')}
      </ConfirmModal>
      <ConfirmModal
        opened={dialog === 'erase'}
        title={t('nominations.erase.title', { name })}
        confirmLabel={t('nominations.erase.do')}
        pending={erase.isPending}
        error={erase.error}
        onClose={() => {
          erase.reset();
          close();
        }}
        onConfirm={() =>
          erase.mutate(
            { nomination, input: undefined },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('nominations.erase.done') });
                close();
              },
            },
          )
        }
      >
        {t('nominations.erase.body')}
      </ConfirmModal>
    </>
  );
}
