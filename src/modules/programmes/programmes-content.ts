import { randomUUID } from 'node:crypto';
import { unprocessable } from '../../core/errors';
import type { Actor } from '../../core/policy';
import type { Executor } from '../../db/client';
import { findExistingTermIds } from '../taxonomies/taxonomies.service';
import type { ObjectiveValues, SelectionValues } from './programmes.queries';
import {
  MAX_PERIOD_YEARS,
  type ObjectiveInput,
  type Period,
  type SelectedActivityInput,
} from './programmes.schemas';
import { checkSelection, fieldRefusal } from './programmes-selection';

export { fieldRefusal };

/** A version's content as the service handles it: what a create sets and an update merges into. */
export interface ProgrammeContent {
  title: { en: string; fr: string };
  summary: { en: string; fr: string };
  period: Period;
  objectives: (ObjectiveInput & { key: string })[];
  activities: SelectedActivityInput[];
}

/** New objectives get a key; a key given twice is refused. */
export function withKeys(actor: Actor, objectives: ObjectiveInput[]): ProgrammeContent['objectives'] {
  const seen = new Set<string>();
  return objectives.map((o, index) => {
    const key = o.key ?? randomUUID();
    if (seen.has(key)) {
      throw fieldRefusal(actor, 422, 'programme.objective_duplicate', `objectives.${index}.key`, { key });
    }
    seen.add(key);
    return { ...o, key };
  });
}

/** The period runs at most six years (from 1 Jan 2026, it may end on 31 Dec 2031 at the latest). */
export function checkPeriod(actor: Actor, period: Period) {
  const start = new Date(`${period.startsOn}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() + MAX_PERIOD_YEARS);
  if (new Date(`${period.endsOn}T00:00:00Z`) >= start) {
    throw fieldRefusal(actor, 422, 'programme.period_too_long', 'period.endsOn', { years: MAX_PERIOD_YEARS });
  }
}

/**
 * Every rule on a version's content, for a new version and for the merged result of a change:
 * the period, the objectives (known areas, keys once), the activities (once each, serving one of
 * this version's objectives, and by the menu's rules — see programmes-selection.ts; those already
 * in the version, `kept`, are only checked against the period).
 */
export async function checkContent(
  tx: Executor,
  actor: Actor,
  partnerId: string,
  content: ProgrammeContent,
  kept: ReadonlySet<string>,
) {
  checkPeriod(actor, content.period);
  const areaIds = [...new Set(content.objectives.map((o) => o.areaId))];
  const known = await findExistingTermIds(tx, 'area', areaIds);
  const unknownArea = content.objectives.findIndex((o) => !known.has(o.areaId));
  if (unknownArea >= 0) {
    const value = content.objectives[unknownArea]!.areaId;
    const field = `objectives.${unknownArea}.areaId`;
    throw fieldRefusal(actor, 422, 'reference.unknown', field, { field, value });
  }
  const keys = new Set(content.objectives.map((o) => o.key));
  const seen = new Set<string>();
  for (const [index, item] of content.activities.entries()) {
    if (seen.has(item.activityId)) {
      throw fieldRefusal(actor, 422, 'programme.activity_duplicate', `activities.${index}.activityId`);
    }
    seen.add(item.activityId);
    if (item.objectiveKey !== null && !keys.has(item.objectiveKey)) {
      throw fieldRefusal(actor, 422, 'programme.objective_unknown', `activities.${index}.objectiveKey`, {
        key: item.objectiveKey,
      });
    }
  }
  await checkSelection(tx, actor, partnerId, content.period, content.activities, kept);
}

export const objectiveValues = (content: ProgrammeContent): ObjectiveValues[] =>
  content.objectives.map((o) => ({
    key: o.key,
    areaId: o.areaId,
    priority: o.priority,
    textEn: o.text.en,
    textFr: o.text.fr,
  }));

export const selectionValues = (content: ProgrammeContent): SelectionValues[] =>
  content.activities.map((a) => ({
    activityId: a.activityId,
    objectiveKey: a.objectiveKey,
    plannedParticipants: a.plannedParticipants,
    noteEn: a.note.en,
    noteFr: a.note.fr,
  }));

/** The stored content back in the shape of a request (updates merge into it; the audit keeps it). */
export function contentOf(
  row: {
    titleEn: string;
    titleFr: string;
    summaryEn: string;
    summaryFr: string;
    startsOn: string;
    endsOn: string;
  },
  stored: { objectives: ObjectiveValues[]; selection: SelectionValues[] },
): ProgrammeContent {
  return {
    title: { en: row.titleEn, fr: row.titleFr },
    summary: { en: row.summaryEn, fr: row.summaryFr },
    period: { startsOn: row.startsOn, endsOn: row.endsOn },
    objectives: stored.objectives.map((o) => ({
      key: o.key,
      areaId: o.areaId,
      priority: o.priority as ObjectiveInput['priority'],
      text: { en: o.textEn, fr: o.textFr },
    })),
    activities: stored.selection.map((s) => ({
      activityId: s.activityId,
      objectiveKey: s.objectiveKey,
      plannedParticipants: s.plannedParticipants,
      note: { en: s.noteEn, fr: s.noteFr },
    })),
  };
}

export const unknownPartner = (value: string) =>
  unprocessable('reference.unknown', { field: 'partnerId', value });
