import { describe, expect, it } from 'vitest';
import { applyFilterPatch } from './use-url-filters';

describe('URL filters', () => {
  const from = (query: string) => new URLSearchParams(query);

  it('sets the values given, removes the emptied ones and keeps the others', () => {
    const next = applyFilterPatch(from('q=japan&status=active&sort=name'), { q: 'korea', status: '' });
    expect(next.toString()).toBe('q=korea&sort=name');
  });

  it('goes back to the first page on a filter change, but not when turning pages', () => {
    expect(applyFilterPatch(from('q=a&page=3'), { q: 'b' }).toString()).toBe('q=b');
    expect(applyFilterPatch(from('q=a&page=3'), { page: '4' }, false).toString()).toBe('q=a&page=4');
    expect(applyFilterPatch(from('page=3&sort=name'), { sort: '-name' }, false).get('page')).toBe('3');
  });

  it('replaces a repeated key with the one value given, and leaves the previous address alone', () => {
    const previous = from('status=draft&status=agreed');
    expect(applyFilterPatch(previous, { status: 'active' }).getAll('status')).toEqual(['active']);
    expect(previous.getAll('status')).toEqual(['draft', 'agreed']);
  });
});
