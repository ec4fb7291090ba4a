import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatNumber, formatYear } from '../../lib/format';
import { labelOf, TranslatedText } from '../../ui/translated-text';
import { priorityColor } from './programme-labels';
import type { Objective, Programme } from './programmes.api';

/** "Objective 2 · Cyber defence": how an activity names the objective it serves. */
export function objectiveName(t: TFunction, objectives: Objective[], key: string | null) {
  if (!key) return null;
  const index = objectives.findIndex((o) => o.key === key);
  const objective = objectives[index];
  if (!objective) return null;
  return t('programme.objectiveN', { n: index + 1, area: labelOf(objective.area.name) });
}

export function ObjectiveList({ objectives }: { objectives: Objective[] }) {
  const { t } = useTranslation();
  if (objectives.length === 0) return <Text c="dimmed">{t('programme.noObjectives')}</Text>;
  return (
    <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {objectives.map((objective, index) => (
        <Paper key={objective.key} component="li" withBorder p="sm" data-testid="programme-objective">
          <Group gap="xs" mb={4}>
            <Text fw={700}>
              {t('programme.objectiveN', { n: index + 1, area: labelOf(objective.area.name) })}
            </Text>
            <Badge size="sm" variant="light" color={priorityColor[objective.priority]}>
              {t(`programme.priorityBadge.${objective.priority}`)}
            </Badge>
          </Group>
          <TranslatedText value={objective.text} style={{ whiteSpace: 'pre-line' }} />
        </Paper>
      ))}
    </Stack>
  );
}

export function SelectedActivities({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (programme.activities.length === 0) return <Text c="dimmed">{t('programme.noActivities')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" aria-label={t('programme.activities')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('programme.activityCode')}</Table.Th>
            <Table.Th>{t('programme.activityTitle')}</Table.Th>
            <Table.Th>{t('programme.year')}</Table.Th>
            <Table.Th>{t('programme.plannedParticipants')}</Table.Th>
            <Table.Th>{t('programme.objective')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programme.activities.map((selected) => (
            <Table.Tr key={selected.activity.id} data-testid="programme-activity">
              <Table.Td>
                <Anchor component={Link} to={`/menu/activities/${selected.activity.id}`} ff="monospace">
                  {selected.activity.code}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <TranslatedText value={selected.activity.title} size="sm" />
                {selected.activity.status === 'cancelled' && (
                  <Badge size="xs" color="red" variant="light">
                    {t('activityStatus.cancelled')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{formatYear(selected.activity.year, locale)}</Table.Td>
              <Table.Td data-testid="planned-participants">
                {formatNumber(selected.plannedParticipants, locale)}
              </Table.Td>
              <Table.Td>
                {objectiveName(t, programme.objectives, selected.objectiveKey) ?? (
                  <Text span c="dimmed" size="sm">
                    {t('programme.noObjective')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
