import { Checkbox, Group, Radio, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceState } from '../../../shared/enums';
import { AppModal } from '../../ui/app-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import { personLabel } from './nomination-labels';
import { type Nomination, useAttendance } from './nominations.api';

/** After the start: did the participant attend, and complete the activity? */
export function AttendanceModal({
  nomination,
  onClose,
}: {
  nomination: Nomination | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useAttendance();
  const [attendance, setAttendance] = useState<AttendanceState>('attended');
  const [completed, setCompleted] = useState(false);
  const id = nomination?.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when another participant is opened
  useEffect(() => {
    setAttendance(nomination?.attendance ?? 'attended');
    setCompleted(nomination?.completed ?? false);
    save.reset();
  }, [id]);

  if (!nomination) return null;
  const name = personLabel(t, nomination);
  return (
    <AppModal opened onClose={onClose} title={t('nominations.attendance.title', { name })}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            { nomination, input: { attendance, completed: attendance === 'attended' && completed } },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('nominations.attendance.saved', { name }) });
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <ErrorAlert error={save.error} />
          <Radio.Group
            label={t('nominations.attendance.label')}
            value={attendance}
            onChange={(value) => setAttendance(value as AttendanceState)}
          >
            <Group mt="xs">
              <Radio value="attended" label={t('nominations.attendance.attended')} data-autofocus />
              <Radio value="absent" label={t('nominations.attendance.absent')} />
            </Group>
          </Radio.Group>
          <Checkbox
            label={t('nominations.attendance.completed')}
            checked={attendance === 'attended' && completed}
            disabled={attendance === 'absent'}
            onChange={(event) => setCompleted(event.currentTarget.checked)}
          />
          <ModalActions onCancel={onClose} pending={save.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}
