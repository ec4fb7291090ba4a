import { describe, expect, it } from 'vitest';
import { facetOptions } from './facet-options';

describe('facet options', () => {
  const values = [
    { value: 'CYBER', label: { en: 'Cyber defence', fr: 'Cyberdéfense' }, count: 12 },
    { value: 'CT', label: { en: 'Counter-terrorism', fr: '' }, count: 3 },
  ];
  const label = (v: { value: string; label: { en: string } | null }) => v.label?.en ?? v.value;

  it('keeps the server’s values, order and counts', () => {
    expect(facetOptions(values, [], label)).toEqual([
      { value: 'CYBER', label: 'Cyber defence', count: 12 },
      { value: 'CT', label: 'Counter-terrorism', count: 3 },
    ]);
  });

  it('keeps a chosen value the server no longer counts, at zero, so it can be unticked', () => {
    expect(facetOptions(values, ['CT', 'GONE'], label).at(-1)).toEqual({
      value: 'GONE',
      label: 'GONE',
      count: 0,
    });
    expect(facetOptions(undefined, ['GONE'], label)).toEqual([{ value: 'GONE', label: 'GONE', count: 0 }]);
  });
});
