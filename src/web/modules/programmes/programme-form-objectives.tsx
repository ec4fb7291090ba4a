import { ActionIcon, Button, Fieldset, Group, Input, Paper, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { objectivePriorities } from '../../../shared/enums';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { emptyObjective, type ProgrammeFormValues, withoutObjective } from './programme-form-values';
import { priorityLabel } from './programme-labels';

export type ProgrammeForm = UseFormReturnType<ProgrammeFormValues>;

/** The objectives: area, priority, text in both languages; added, removed and put in order. */
export function ObjectiveRows({
  form,
  areaOptions,
}: {
  form: ProgrammeForm;
  areaOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const rows = form.values.objectives;
  const remove = (index: number) => {
    const key = rows[index]?.key;
    form.removeListItem('objectives', index);
    if (key) form.setFieldValue('activities', withoutObjective(form.values.activities, key));
  };
  return (
    <Fieldset legend={t('programme.objectives')} data-testid="form-objectives">
      <Stack gap="sm">
        {rows.length === 0 && <Text c="dimmed">{t('programme.noObjectives')}</Text>}
        {rows.map((row, index) => {
          const n = index + 1;
          return (
            <Paper key={row.key} withBorder p="sm" data-testid="objective-row">
              <Stack gap="sm">
                <Group justify="space-between" align="center">
                  <Text fw={700}>{t('programmeForm.objectiveN', { n })}</Text>
                  <Group gap={4}>
                    <ActionIcon
                      variant="subtle"
                      disabled={index === 0}
                      onClick={() => form.reorderListItem('objectives', { from: index, to: index - 1 })}
                      aria-label={t('programmeForm.moveUp', { n })}
                    >
                      <IconArrowUp size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      disabled={index === rows.length - 1}
                      onClick={() => form.reorderListItem('objectives', { from: index, to: index + 1 })}
                      aria-label={t('programmeForm.moveDown', { n })}
                    >
                      <IconArrowDown size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => remove(index)}
                      aria-label={t('programmeForm.removeObjective', { n })}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Group>
                <Group align="flex-start" gap="sm" grow>
                  <Select
                    label={t('programme.area')}
                    data={areaOptions}
                    searchable
                    openOnFocus={false}
                    required
                    nothingFoundMessage={t('common.nothingFound')}
                    {...form.getInputProps(`objectives.${index}.areaId`)}
                    value={row.areaId || null}
                    onChange={(value) => form.setFieldValue(`objectives.${index}.areaId`, value ?? '')}
                  />
                  <Select
                    label={t('programme.priority')}
                    data={objectivePriorities.map((p) => ({ value: p, label: priorityLabel(t, p) }))}
                    allowDeselect={false}
                    {...form.getInputProps(`objectives.${index}.priority`)}
                  />
                </Group>
                <BilingualInputs
                  label={t('programmeForm.objectiveText')}
                  en={form.getInputProps(`objectives.${index}.text.en`)}
                  fr={form.getInputProps(`objectives.${index}.text.fr`)}
                  error={form.errors[`objectives.${index}.text`]}
                  multiline
                  maxLength={2000}
                />
                {form.errors[`objectives.${index}.key`] && (
                  <Input.Error>{form.errors[`objectives.${index}.key`]}</Input.Error>
                )}
              </Stack>
            </Paper>
          );
        })}
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('objectives', emptyObjective())}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('programmeForm.addObjective')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
