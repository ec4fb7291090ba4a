import { describe, expect, it } from 'vitest';
import { changedFields, describeValue, focusTextChange } from './audit-diff';

describe('changedFields', () => {
  it('lists only what changed, bilingual texts one language at a time, without the version', () => {
    const before = {
      name: { en: 'Japan', fr: 'Japon' },
      relationsSinceYear: 1990,
      version: 3,
      status: 'active',
    };
    const after = {
      name: { en: 'Japan', fr: 'le Japon' },
      relationsSinceYear: 1991,
      version: 4,
      status: 'active',
    };
    expect(changedFields(before, after)).toEqual([
      { field: 'name', language: 'fr', before: 'Japon', after: 'le Japon' },
      { field: 'relationsSinceYear', before: 1990, after: 1991 },
    ]);
  });

  it('narrows a change inside a long text to the changed part', () => {
    const text = 'a'.repeat(100);
    const [before, after] = focusTextChange(`${text} end`, `${text} new end`, 5);
    expect(before).toBe('…aaaa end');
    expect(after).toBe('…aaaa new end');
  });

  it('starts the context at a word', () => {
    expect(focusTextChange('one two three four', 'one two three FOUR', 4)).toEqual([
      '…three four',
      '…three FOUR',
    ]);
  });
});

describe('describeValue', () => {
  it('says nothing for empty values and joins lists', () => {
    expect(describeValue(null)).toBeNull();
    expect(describeValue('')).toBeNull();
    expect(describeValue([])).toBeNull();
    expect(describeValue(['CYBER', 'HADR'])).toBe('CYBER, HADR');
    expect(describeValue('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
