import {
  ActionIcon,
  Badge,
  Fieldset,
  Group,
  Input,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatYear } from '../../lib/format';
import { labelOf } from '../../ui/translated-text';
import { ActivityPicker } from './activity-picker';
import type { ProgrammeForm } from './programme-form-objectives';
import { periodYears } from './programme-labels';

/** The selected activities (planned participants, objective served) and the menu search to add more. */
export function ActivityRows({
  form,
  areaName,
}: {
  form: ProgrammeForm;
  /** The area's name by id, to name objectives in the objective select. */
  areaName: (areaId: string) => string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { activities, objectives, period, partnerId } = form.values;
  const objectiveOptions = objectives.map((o, index) => ({
    value: o.key,
    label: o.areaId
      ? t('programme.objectiveN', { n: index + 1, area: areaName(o.areaId) })
      : t('programmeForm.objectiveN', { n: index + 1 }),
  }));
  return (
    <Fieldset legend={t('programme.activities')} data-testid="form-activities">
      <Stack gap="sm">
        {activities.length === 0 && <Text c="dimmed">{t('programme.noActivities')}</Text>}
        {activities.map((row, index) => {
          const rowError = form.errors[`activities.${index}.activityId`];
          return (
            <Paper key={row.activityId} withBorder p="sm" data-testid="activity-row">
              <Group align="flex-start" gap="sm" wrap="wrap">
                <Stack gap={2} style={{ flex: '1 1 260px' }}>
                  <Group gap="xs">
                    <Text ff="monospace" fw={700}>
                      {row.code}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {formatYear(row.year, locale)}
                    </Text>
                    {row.status === 'cancelled' && (
                      <Badge size="xs" color="red" variant="light">
                        {t('activityStatus.cancelled')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">{labelOf(row.title)}</Text>
                  {rowError && <Input.Error>{rowError}</Input.Error>}
                </Stack>
                <NumberInput
                  label={t('programme.plannedParticipants')}
                  min={0}
                  max={9999}
                  allowDecimal={false}
                  allowNegative={false}
                  required
                  w={200}
                  {...form.getInputProps(`activities.${index}.plannedParticipants`)}
                />
                <Select
                  label={t('programme.objective')}
                  placeholder={t('programme.noObjective')}
                  data={objectiveOptions}
                  clearable
                  w={280}
                  {...form.getInputProps(`activities.${index}.objectiveKey`)}
                  value={row.objectiveKey || null}
                  onChange={(value) => form.setFieldValue(`activities.${index}.objectiveKey`, value ?? '')}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  onClick={() => form.removeListItem('activities', index)}
                  aria-label={t('programmeForm.removeActivity', { code: row.code })}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Paper>
          );
        })}
        <ActivityPicker
          partnerId={partnerId}
          years={periodYears(period)}
          selectedIds={activities.map((a) => a.activityId)}
          onPick={(activity) =>
            form.insertListItem('activities', {
              activityId: activity.id,
              code: activity.code,
              title: activity.title,
              year: activity.year,
              status: activity.status,
              plannedParticipants: 1,
              // With a single objective, that is the one it serves; the user can change it.
              objectiveKey: objectives.length === 1 ? (objectives[0]?.key ?? '') : '',
              note: { en: '', fr: '' },
            })
          }
        />
      </Stack>
    </Fieldset>
  );
}
