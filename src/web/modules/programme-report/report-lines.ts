import type { Locale } from '../../../shared/enums';
import { countKeys, type ReportBody, type ReportCounts, type ReportLine } from './report.api';

/** One area of the report: its all-years line and its lines per menu year. */
export interface AreaGroup {
  key: string;
  label: string;
  total: ReportLine;
  years: ReportLine[];
}

/** What a line is about: `outside` for the nominations outside programmes, else the area's id (or `none`). */
export const areaKey = (line: ReportLine) => (line.outsideProgrammes ? 'outside' : (line.area?.id ?? 'none'));

/**
 * The lines grouped by area, sorted by their label in the page's language (the server sorted them by
 * the user's setting, which may differ from the language on screen); the outside line comes last.
 */
export function areaGroups(
  report: ReportBody,
  labelOf: (line: ReportLine) => string,
  locale: Locale,
): AreaGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return report.byArea
    .map((total) => ({
      key: areaKey(total),
      label: labelOf(total),
      total,
      years: report.lines
        .filter((line) => areaKey(line) === areaKey(total))
        .sort((a, b) => (a.year ?? 0) - (b.year ?? 0)),
    }))
    .sort(
      (a, b) =>
        Number(a.total.outsideProgrammes) - Number(b.total.outsideProgrammes) ||
        collator.compare(a.label, b.label),
    );
}

export type ChartRow = ReportCounts & { label: string };

/** The bars: one group per area (the table's order) or per menu year. */
export function chartRows(groups: AreaGroup[], report: ReportBody, by: 'area' | 'year'): ChartRow[] {
  const counts = (c: ReportCounts) => Object.fromEntries(countKeys.map((k) => [k, c[k]])) as ReportCounts;
  if (by === 'area') return groups.map((g) => ({ label: g.label, ...counts(g.total) }));
  return report.byYear.map((y) => ({ label: String(y.year), ...counts(y) }));
}

/** Attended out of planned, as a whole percentage; null when nothing was planned. */
export function attendedShare(counts: ReportCounts): number | null {
  return counts.planned > 0 ? Math.round((100 * counts.attended) / counts.planned) : null;
}
