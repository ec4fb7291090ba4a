/** One changed field of an audited record, with bilingual texts split per language. */
export interface FieldChange {
  field: string;
  /** `en` or `fr` when the field is one language of a bilingual text. */
  language?: 'en' | 'fr';
  before: unknown;
  after: unknown;
}

/** Fields that change on every write and say nothing to a reader. */
const ignored = new Set(['version', 'updatedAt', 'createdAt', 'id']);

function isBilingual(value: unknown): value is { en: unknown; fr: unknown } {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'en' in value && 'fr' in value
  );
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of keys) {
    if (ignored.has(field)) continue;
    const old = before?.[field];
    const next = after?.[field];
    if (same(old, next)) continue;
    if (isBilingual(old) || isBilingual(next)) {
      for (const language of ['en', 'fr'] as const) {
        const a = isBilingual(old) ? old[language] : undefined;
        const b = isBilingual(next) ? next[language] : undefined;
        if (!same(a, b)) changes.push(textChange({ field, language, before: a, after: b }));
      }
      continue;
    }
    changes.push(textChange({ field, before: old, after: next }));
  }
  return changes;
}

/**
 * For a change inside a long text, the changed part with a little context on each side
 * ("…the old words…" → "…the new words…"), so that a one-word edit in a summary is visible.
 */
export function focusTextChange(before: string, after: string, context = 40): [string, string] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  let from = Math.max(0, start - context);
  // Start the context at a word.
  if (from > 0) from = before.lastIndexOf(' ', from) + 1 || from;
  const keepEnd = Math.min(end, context);
  const cut = (text: string) =>
    `${from > 0 ? '…' : ''}${text.slice(from, text.length - end + keepEnd)}${end > keepEnd ? '…' : ''}`;
  return [cut(before), cut(after)];
}

const longText = 80;

function textChange(change: FieldChange): FieldChange {
  const { before, after } = change;
  if (typeof before !== 'string' || typeof after !== 'string') return change;
  if (before.length <= longText && after.length <= longText) return change;
  const [a, b] = focusTextChange(before, after);
  return { ...change, before: a, after: b };
}

/** A short, readable rendering of an audited value. */
export function describeValue(value: unknown, maxLength = 160): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value) && value.length === 0) return null;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) text = value.join(', ');
  else if (typeof value === 'object' && isBilingual(value))
    text = `${String(value.en)} / ${String(value.fr)}`;
  else text = JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
