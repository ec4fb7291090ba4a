import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  clearFilters,
  effectiveSort,
  emptyMenuSearch,
  filterQuery,
  parseMenuSearch,
  patchMenuSearch,
  toMenuFilter,
  toMenuSearchParams,
} from './menu-search-state';

const parse = (query: string) => parseMenuSearch(new URLSearchParams(query));

describe('the menu filter in the URL', () => {
  it('reads repeated and comma-separated values alike, without duplicates', () => {
    const state = parse('area=CYBER&area=CT,CRISIS&area=CYBER&kind=course');
    expect(state.area).toEqual(['CYBER', 'CT', 'CRISIS']);
    expect(state.kind).toEqual(['course']);
  });

  it('ignores values that cannot be meant: a bad year, date, flag, sort or page', () => {
    const state = parse('year=abc&from=2026-13&to=tomorrow&online=maybe&sort=price&page=-3&openNow=yes');
    expect(state).toEqual(emptyMenuSearch);
  });

  it('gives back the same URL for the same view, so a link reproduces it', () => {
    const query =
      'year=2026&q=s%C3%A9curit%C3%A9&area=CYBER&area=CT&online=false&from=2026-03-01&to=2026-03-31&openNow=true&sort=title&page=3';
    const state = parse(query);
    expect(toMenuSearchParams(state).toString()).toBe(query);
    expect(parse(toMenuSearchParams(state).toString())).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    expect(toMenuSearchParams(emptyMenuSearch).toString()).toBe('');
    expect(toMenuSearchParams({ ...emptyMenuSearch, page: 1 }).toString()).toBe('');
  });

  it('builds the API query from the filter only, with extra parameters', () => {
    const state = parse('year=2026&kind=course&kind=seminar&sort=title&page=4');
    expect(filterQuery(state)).toBe('?year=2026&kind=course&kind=seminar');
    expect(filterQuery(state, { lang: 'fr' })).toBe('?year=2026&kind=course&kind=seminar&lang=fr');
    expect(filterQuery(emptyMenuSearch)).toBe('');
  });

  it('goes back to the first page when a filter or the sort changes, not when the page does', () => {
    const state = parse('kind=course&page=5');
    expect(patchMenuSearch(state, { area: ['CYBER'] }).page).toBe(1);
    expect(patchMenuSearch(state, { sort: 'title' }).page).toBe(1);
    expect(patchMenuSearch(state, { page: 7 }).page).toBe(7);
  });

  it('sorts by relevance while searching and by start date otherwise, unless told', () => {
    expect(effectiveSort(parse(''))).toBe('start');
    expect(effectiveSort(parse('q=cyber'))).toBe('relevance');
    expect(effectiveSort(parse('q=cyber&sort=code'))).toBe('code');
    // Relevance means nothing without search text.
    expect(effectiveSort(parse('sort=relevance'))).toBe('start');
  });

  it('counts and clears the filters but keeps the year and the search text', () => {
    const state = parse('year=2014&q=cyber&area=A&area=B&online=true&from=2014-01-01&openNow=true&page=2');
    expect(activeFilterCount(state)).toBe(5);
    expect(clearFilters(state)).toEqual({ ...emptyMenuSearch, year: 2014, q: 'cyber' });
  });

  it('gives the feed a filter of arrays and booleans', () => {
    const state = parse('year=2026&area=CYBER&online=false&openNow=true&sort=title&page=2');
    expect(toMenuFilter(state)).toEqual({ year: 2026, area: ['CYBER'], online: false, openNow: true });
    expect(toMenuFilter(emptyMenuSearch)).toEqual({});
  });
});
