import type { Objective, Programme, ProgrammeDiff, SelectedActivity } from './programmes-out.schemas';

/**
 * What changed from one version of a programme to another, readably: the fields, the objectives
 * (matched by their key, which a new version keeps) and the activities (matched by the activity).
 * The older version is always the "before", whichever order the two are given in.
 */
export function diffVersions(x: Programme, y: Programme): ProgrammeDiff {
  const [before, after] = x.versionNo <= y.versionNo ? [x, y] : [y, x];
  const side = (p: Programme) => ({ id: p.id, versionNo: p.versionNo, status: p.status });

  const fields: ProgrammeDiff['fields'] = [];
  for (const field of ['title', 'summary', 'period'] as const) {
    if (!same(before[field], after[field])) {
      fields.push({ field, before: before[field], after: after[field] });
    }
  }

  const objectives = compare(before.objectives, after.objectives, objectiveKey, (b, a) => {
    const changed: ProgrammeDiff['objectives']['changed'][number]['fields'] = [];
    if (b.area.id !== a.area.id) changed.push('area');
    if (b.priority !== a.priority) changed.push('priority');
    if (!same(b.text, a.text)) changed.push('text');
    return changed;
  });
  const activities = compare(before.activities, after.activities, activityId, (b, a) => {
    const changed: ProgrammeDiff['activities']['changed'][number]['fields'] = [];
    if (b.plannedParticipants !== a.plannedParticipants) changed.push('plannedParticipants');
    if (b.objectiveKey !== a.objectiveKey) changed.push('objectiveKey');
    if (!same(b.note, a.note)) changed.push('note');
    return changed;
  });

  return {
    from: side(before),
    to: side(after),
    fields,
    objectives: {
      added: objectives.added,
      removed: objectives.removed,
      changed: objectives.changed.map(({ id, ...rest }) => ({ key: id, ...rest })),
    },
    activities: {
      added: activities.added,
      removed: activities.removed,
      changed: activities.changed.map(({ id, ...rest }) => ({ activityId: id, ...rest })),
    },
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const objectiveKey = (o: Objective) => o.key;
const activityId = (a: SelectedActivity) => a.activity.id;

interface Compared<T, F> {
  added: T[];
  removed: T[];
  changed: { id: string; fields: F[]; before: T; after: T }[];
}

/** Items added, removed and changed between two lists, matched by an identity; in the lists' order. */
function compare<T, F>(
  before: readonly T[],
  after: readonly T[],
  identity: (item: T) => string,
  changes: (before: T, after: T) => F[],
): Compared<T, F> {
  const old = new Map(before.map((item) => [identity(item), item]));
  const now = new Map(after.map((item) => [identity(item), item]));
  const changed: Compared<T, F>['changed'] = [];
  for (const item of after) {
    const previous = old.get(identity(item));
    if (!previous) continue;
    const fields = changes(previous, item);
    if (fields.length > 0) changed.push({ id: identity(item), fields, before: previous, after: item });
  }
  return {
    added: after.filter((item) => !old.has(identity(item))),
    removed: before.filter((item) => !now.has(identity(item))),
    changed,
  };
}
