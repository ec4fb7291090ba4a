import type { FacetValue } from './menu.api';

export interface FacetOption {
  value: string;
  label: string;
  count: number | null;
}

/**
 * The options of one facet: the server's counted values (each counted with every other filter
 * applied), plus any chosen value the server no longer counts, so it can still be unticked.
 */
export function facetOptions(
  values: FacetValue[] | undefined,
  selected: string[],
  labelFor: (value: FacetValue) => string,
): FacetOption[] {
  const options: FacetOption[] = (values ?? []).map((v) => ({
    value: v.value,
    label: labelFor(v),
    count: v.count,
  }));
  const known = new Set(options.map((o) => o.value));
  for (const value of selected) {
    if (!known.has(value))
      options.push({ value, label: labelFor({ value, label: null, count: 0 }), count: 0 });
  }
  return options;
}
