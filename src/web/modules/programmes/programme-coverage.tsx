import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { formatNumber } from '../../lib/format';
import { ErrorAlert, useErrorMessage } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { labelOf, TranslatedText } from '../../ui/translated-text';
import { priorityColor } from './programme-labels';
import {
  type CoverageObjective,
  type ProgrammeCoverage,
  programmeKeys,
  useProgrammeCoverage,
  useSaveProgramme,
  type VersionedProgramme,
} from './programmes.api';

type Counts = Pick<CoverageObjective, 'plannedParticipants' | 'nominated' | 'accepted' | 'attended'>;
const countKeys = ['plannedParticipants', 'nominated', 'accepted', 'attended'] as const;

/** planned / nominated / accepted / attended, as a short labelled line. */
function CountsLine({ counts, testId }: { counts: Counts; testId?: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Group gap="md" data-testid={testId}>
      {countKeys.map((key) => (
        <Text key={key} size="sm">
          {t(`programme.coverageCounts.${key}`)}{' '}
          <Text span fw={700}>
            {formatNumber(counts[key], locale)}
          </Text>
        </Text>
      ))}
    </Group>
  );
}

function CoveredActivities({ items }: { items: ProgrammeCoverage['unassigned'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('programme.activityCode')}</Table.Th>
            <Table.Th>{t('programme.activityTitle')}</Table.Th>
            {countKeys.map((key) => (
              <Table.Th key={key}>{t(`programme.coverageCounts.${key}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.activity.id}>
              <Table.Td>
                <Anchor component={Link} to={`/menu/activities/${item.activity.id}`} ff="monospace" size="sm">
                  {item.activity.code}
                </Anchor>
              </Table.Td>
              <Table.Td>{labelOf(item.activity.title)}</Table.Td>
              {countKeys.map((key) => (
                <Table.Td key={key}>{formatNumber(item[key], locale)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface AddProps {
  current: VersionedProgramme;
  objectiveKey: string;
}

/** Adds a suggested activity to the draft, serving the objective: the whole list is sent, as PATCH wants. */
function useAddSuggestion({ current, objectiveKey }: AddProps) {
  const { t } = useTranslation();
  const save = useSaveProgramme(current.programme.id);
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const add = (activityId: string, code: string) => {
    const activities = current.programme.activities.map((a) => ({
      activityId: a.activity.id,
      objectiveKey: a.objectiveKey,
      plannedParticipants: a.plannedParticipants,
      note: a.note,
    }));
    activities.push({ activityId, objectiveKey, plannedParticipants: 1, note: { en: '', fr: '' } });
    save.mutate(
      { body: { activities }, etag: current.etag },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: t('programme.suggestionAdded', { code }) }),
        onError: (error) => {
          notifications.show({ color: 'red', message: errorMessage(error) });
          if (error instanceof ApiError && error.status === 412) {
            void client.invalidateQueries({ queryKey: programmeKeys.detail(current.programme.id) });
          }
        },
      },
    );
  };
  return { add, pending: save.isPending };
}

function Suggestions({
  objective,
  current,
  editable,
}: {
  objective: CoverageObjective;
  current: VersionedProgramme;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { add, pending } = useAddSuggestion({ current, objectiveKey: objective.key });
  if (objective.suggestions.length === 0) return null;
  return (
    <Stack gap={4} mt="xs">
      <Text size="sm" fw={600}>
        {t('programme.suggestions')}
      </Text>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {objective.suggestions.map((suggestion) => (
          <Group
            key={suggestion.activity.id}
            component="li"
            gap="xs"
            wrap="nowrap"
            data-testid="coverage-suggestion"
          >
            <Anchor
              component={Link}
              to={`/menu/activities/${suggestion.activity.id}`}
              ff="monospace"
              size="sm"
            >
              {suggestion.activity.code}
            </Anchor>
            <Text size="sm" style={{ flex: 1 }}>
              {labelOf(suggestion.activity.title)}
            </Text>
            {editable && (
              <Button
                size="compact-xs"
                variant="light"
                leftSection={<IconPlus size={12} aria-hidden />}
                loading={pending}
                onClick={() => add(suggestion.activity.id, suggestion.activity.code)}
                aria-label={t('programme.addSuggestionNamed', { code: suggestion.activity.code })}
              >
                {t('programme.addSuggestion')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}

/** Per objective: what serves it, how many people so far, the gaps and what could fill them. */
export function ProgrammeCoveragePanel({ current }: { current: VersionedProgramme }) {
  const { t } = useTranslation();
  const coverage = useProgrammeCoverage(current.programme.id);
  const editable = current.programme.editable;

  if (coverage.isPending) return <LoadingState />;
  if (!coverage.data) return <ErrorAlert error={coverage.error} />;
  const { objectives, unassigned, totals } = coverage.data;
  const uncovered = objectives.filter((o) => o.uncovered).length;

  return (
    <Stack gap="sm">
      <CountsLine counts={totals} testId="coverage-totals" />
      {uncovered > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          data-testid="coverage-gaps"
        >
          {t('programme.uncoveredCount', { count: uncovered })}
        </Alert>
      )}
      {objectives.length === 0 && <Text c="dimmed">{t('programme.noObjectives')}</Text>}
      {objectives.map((objective, index) => (
        <Paper key={objective.key} withBorder p="sm" data-testid="coverage-objective">
          <Group gap="xs" mb={4}>
            <Title order={3} size="h5">
              {t('programme.objectiveN', { n: index + 1, area: labelOf(objective.area.name) })}
            </Title>
            <Badge size="sm" variant="light" color={priorityColor[objective.priority]}>
              {t(`programme.priorityBadge.${objective.priority}`)}
            </Badge>
            {objective.uncovered && (
              <Badge size="sm" color="orange" variant="light" data-testid="coverage-uncovered">
                {t('programme.uncovered')}
              </Badge>
            )}
          </Group>
          <TranslatedText value={objective.text} size="sm" mb="xs" />
          <CountsLine counts={objective} />
          {objective.activities.length > 0 ? (
            <CoveredActivities items={objective.activities} />
          ) : (
            <Text size="sm" c="dimmed" mt={4}>
              {t('programme.nothingServes')}
            </Text>
          )}
          <Suggestions objective={objective} current={current} editable={editable} />
        </Paper>
      ))}
      {unassigned.length > 0 && (
        <Paper withBorder p="sm" data-testid="coverage-unassigned">
          <Title order={3} size="h5" mb={4}>
            {t('programme.unassigned')}
          </Title>
          <CoveredActivities items={unassigned} />
        </Paper>
      )}
    </Stack>
  );
}
