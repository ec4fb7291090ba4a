import { Anchor, Badge, Group, List, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Bilingual } from '../../../core/bilingual';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { formatNumber } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { LanguageValue, labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { formatPeriod, priorityLabel, programmeStatusLabel } from './programme-labels';
import { ProgrammeSection } from './programme-section';
import { type ProgrammeDiff, useProgrammeDiff } from './programmes.api';

type DiffObjective = ProgrammeDiff['objectives']['added'][number];
type DiffActivity = ProgrammeDiff['activities']['added'][number];
type Period = { startsOn: string; endsOn: string };

const isPeriod = (value: Bilingual | Period): value is Period => 'startsOn' in value;

function BeforeAfter({ before, after }: { before: ReactNode; after: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="baseline" wrap="wrap" data-testid="diff-change">
      <Text component="del" c="var(--mantine-color-red-light-color)" data-testid="diff-before">
        <VisuallyHidden>{t('programmeDiff.before')} </VisuallyHidden>
        {before}
      </Text>
      <Text span aria-hidden>
        →
      </Text>
      <Text
        component="ins"
        c="var(--mantine-color-green-light-color)"
        fw={600}
        td="none"
        data-testid="diff-after"
      >
        <VisuallyHidden>{t('programmeDiff.after')} </VisuallyHidden>
        {after}
      </Text>
    </Group>
  );
}

/** A bilingual text: each language that changed, before → after. */
function TextChange({ before, after }: { before: Bilingual; after: Bilingual }) {
  const { t } = useTranslation();
  const languages = (['en', 'fr'] as const).filter((lang) => before[lang] !== after[lang]);
  return (
    <Stack gap={2}>
      {languages.map((lang) => (
        <Group key={lang} gap="xs" align="baseline" wrap="nowrap">
          <Badge size="xs" variant="outline" color="gray">
            {t(`common.languages.${lang}`)}
          </Badge>
          <BeforeAfter
            before={<LanguageValue value={before[lang]} lang={lang} />}
            after={<LanguageValue value={after[lang]} lang={lang} />}
          />
        </Group>
      ))}
    </Stack>
  );
}

function objectiveLabel(t: TFunction, objective: DiffObjective) {
  return `${labelOf(objective.area.name)} · ${priorityLabel(t, objective.priority)} — ${labelOf(objective.text)}`;
}

function activityLabel(activity: DiffActivity) {
  return `${activity.activity.code} — ${labelOf(activity.activity.title)}`;
}

function Empty() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('programmeDiff.noChange')}</Text>;
}

function AddedRemoved({ added, removed }: { added: string[]; removed: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {added.map((label) => (
        <Group key={`+${label}`} gap="xs" wrap="nowrap" data-testid="diff-added">
          <Badge color="green" variant="light" style={{ flexShrink: 0 }}>
            {t('programmeDiff.added')}
          </Badge>
          <Text size="sm">{label}</Text>
        </Group>
      ))}
      {removed.map((label) => (
        <Group key={`-${label}`} gap="xs" wrap="nowrap" data-testid="diff-removed">
          <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
            {t('programmeDiff.removed')}
          </Badge>
          <Text size="sm" component="del">
            {label}
          </Text>
        </Group>
      ))}
    </>
  );
}

function DiffBody({ diff }: { diff: ProgrammeDiff }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const objectiveKeyLabel = (key: string | null, side: DiffObjective[]) => {
    const objective = side.find((o) => o.key === key);
    return objective ? labelOf(objective.area.name) : t('programme.noObjective');
  };
  const allObjectives = [
    ...diff.objectives.added,
    ...diff.objectives.removed,
    ...diff.objectives.changed.flatMap((c) => [c.before, c.after]),
  ];
  const { objectives, activities } = diff;
  return (
    <Stack gap="md">
      <ProgrammeSection title={t('programmeDiff.general')} testId="diff-fields">
        {diff.fields.length === 0 ? (
          <Empty />
        ) : (
          <Stack gap="sm">
            {diff.fields.map((change) => (
              <div key={change.field}>
                <Text fw={600}>{t(`programmeDiff.fields.${change.field}`)}</Text>
                {isPeriod(change.before) && isPeriod(change.after) ? (
                  <BeforeAfter
                    before={formatPeriod(change.before, locale)}
                    after={formatPeriod(change.after, locale)}
                  />
                ) : !isPeriod(change.before) && !isPeriod(change.after) ? (
                  <TextChange before={change.before} after={change.after} />
                ) : null}
              </div>
            ))}
          </Stack>
        )}
      </ProgrammeSection>

      <ProgrammeSection title={t('programme.objectives')} testId="diff-objectives">
        {objectives.added.length + objectives.removed.length + objectives.changed.length === 0 ? (
          <Empty />
        ) : (
          <Stack gap="xs">
            <AddedRemoved
              added={objectives.added.map((o) => objectiveLabel(t, o))}
              removed={objectives.removed.map((o) => objectiveLabel(t, o))}
            />
            {objectives.changed.map((change) => (
              <Paper key={change.key} withBorder p="xs" data-testid="diff-changed">
                <Group gap="xs" mb={4}>
                  <Badge color="blue" variant="light">
                    {t('programmeDiff.changed')}
                  </Badge>
                  <Text size="sm" fw={600}>
                    {labelOf(change.after.area.name)}
                  </Text>
                </Group>
                <List size="sm" spacing={4}>
                  {change.fields.map((field) => (
                    <List.Item key={field}>
                      <Text span size="sm" fw={600}>
                        {t(`programmeDiff.objectiveFields.${field}`)}
                      </Text>
                      {field === 'text' ? (
                        <TextChange before={change.before.text} after={change.after.text} />
                      ) : field === 'area' ? (
                        <BeforeAfter
                          before={labelOf(change.before.area.name)}
                          after={labelOf(change.after.area.name)}
                        />
                      ) : (
                        <BeforeAfter
                          before={priorityLabel(t, change.before.priority)}
                          after={priorityLabel(t, change.after.priority)}
                        />
                      )}
                    </List.Item>
                  ))}
                </List>
              </Paper>
            ))}
          </Stack>
        )}
      </ProgrammeSection>

      <ProgrammeSection title={t('programme.activities')} testId="diff-activities">
        {activities.added.length + activities.removed.length + activities.changed.length === 0 ? (
          <Empty />
        ) : (
          <Stack gap="xs">
            <AddedRemoved
              added={activities.added.map(activityLabel)}
              removed={activities.removed.map(activityLabel)}
            />
            {activities.changed.map((change) => (
              <Paper key={change.activityId} withBorder p="xs" data-testid="diff-changed">
                <Group gap="xs" mb={4}>
                  <Badge color="blue" variant="light">
                    {t('programmeDiff.changed')}
                  </Badge>
                  <Text size="sm" fw={600}>
                    {activityLabel(change.after)}
                  </Text>
                </Group>
                <List size="sm" spacing={4}>
                  {change.fields.map((field) => (
                    <List.Item key={field}>
                      <Text span size="sm" fw={600}>
                        {t(`programmeDiff.activityFields.${field}`)}
                      </Text>
                      {field === 'plannedParticipants' ? (
                        <BeforeAfter
                          before={formatNumber(change.before.plannedParticipants, locale)}
                          after={formatNumber(change.after.plannedParticipants, locale)}
                        />
                      ) : field === 'objectiveKey' ? (
                        <BeforeAfter
                          before={objectiveKeyLabel(change.before.objectiveKey, allObjectives)}
                          after={objectiveKeyLabel(change.after.objectiveKey, allObjectives)}
                        />
                      ) : (
                        <TextChange before={change.before.note} after={change.after.note} />
                      )}
                    </List.Item>
                  ))}
                </List>
              </Paper>
            ))}
          </Stack>
        )}
      </ProgrammeSection>
    </Stack>
  );
}

/** `/programmes/:id/compare/:otherId`: what changed between two versions, the older first. */
export function ProgrammeDiffPage() {
  const { t } = useTranslation();
  const { id = '', otherId = '' } = useParams();
  const query = useProgrammeDiff(id, otherId);
  const diff = query.data;
  const heading = diff
    ? t('programmeDiff.title', { from: diff.from.versionNo, to: diff.to.versionNo })
    : t('programmeDiff.titleShort');
  usePageTitle(heading);

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && [400, 404, 422].includes(query.error.status))
    return <NotFoundPage />;
  if (!diff) return <ErrorAlert error={query.error} />;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/programmes/${id}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('programmeForm.backToProgramme')}
        </Group>
      </Anchor>
      <Title order={1}>{heading}</Title>
      <Group gap="sm">
        {[diff.from, diff.to].map((side) => (
          <Anchor key={side.id} component={Link} to={`/programmes/${side.id}`}>
            {t('programmeDiff.side', { n: side.versionNo, status: programmeStatusLabel(t, side.status) })}
          </Anchor>
        ))}
      </Group>
      <DiffBody diff={diff} />
    </Stack>
  );
}
