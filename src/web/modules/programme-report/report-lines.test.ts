import { describe, expect, it } from 'vitest';
import type { ReportBody, ReportLine } from './report.api';
import { areaGroups, attendedShare, chartRows } from './report-lines';

const area = (id: string, en: string, fr: string) => ({ id, code: id.toUpperCase(), name: { en, fr } });
const cyber = area('cyber', 'Cyber defence', 'Cyberdéfense');
const crisis = area('crisis', 'Crisis management', 'Gestion de crise');
const line = (a: ReportLine['area'], year: number | null, planned: number, outside = false): ReportLine => ({
  area: a,
  outsideProgrammes: outside,
  year,
  planned,
  nominated: 1,
  accepted: 1,
  attended: 0,
});

const report: ReportBody = {
  lines: [line(cyber, 2027, 3), line(crisis, 2027, 2), line(crisis, 2026, 4), line(null, 2027, 0, true)],
  byArea: [line(null, null, 0, true), line(cyber, null, 3), line(crisis, null, 6)],
  byYear: [
    { year: 2026, planned: 4, nominated: 1, accepted: 1, attended: 0 },
    { year: 2027, planned: 5, nominated: 3, accepted: 3, attended: 0 },
  ],
  totals: { planned: 9, nominated: 4, accepted: 4, attended: 0 },
};

const labelIn = (locale: 'en' | 'fr') => (l: ReportLine) =>
  l.outsideProgrammes ? 'Outside' : (l.area?.name[locale] ?? '');

describe('the report as the page groups it', () => {
  it('groups the years under their area, areas by name in the page’s language, the outside line last', () => {
    const en = areaGroups(report, labelIn('en'), 'en');
    expect(en.map((g) => [g.label, g.years.map((y) => y.year)])).toEqual([
      ['Crisis management', [2026, 2027]],
      ['Cyber defence', [2027]],
      ['Outside', [2027]],
    ]);
    expect(areaGroups(report, labelIn('fr'), 'fr').map((g) => g.label)).toEqual([
      'Cyberdéfense',
      'Gestion de crise',
      'Outside',
    ]);
  });

  it('charts one bar group per area or per year', () => {
    const groups = areaGroups(report, labelIn('en'), 'en');
    expect(chartRows(groups, report, 'area').map((r) => [r.label, r.planned])).toEqual([
      ['Crisis management', 6],
      ['Cyber defence', 3],
      ['Outside', 0],
    ]);
    expect(chartRows(groups, report, 'year')).toEqual([
      { label: '2026', planned: 4, nominated: 1, accepted: 1, attended: 0 },
      { label: '2027', planned: 5, nominated: 3, accepted: 3, attended: 0 },
    ]);
  });

  it('gives the attended share of the plan, or none when nothing was planned', () => {
    expect(attendedShare({ planned: 3, nominated: 3, accepted: 2, attended: 2 })).toBe(67);
    expect(attendedShare({ planned: 0, nominated: 2, accepted: 2, attended: 1 })).toBeNull();
  });
});
