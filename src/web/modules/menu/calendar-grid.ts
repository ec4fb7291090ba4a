// Month arithmetic for the calendar view, on calendar dates (`YYYY-MM-DD`) only: iterations are whole
// days with no time zone, so no Date object ever meets the browser's zone here.

export interface GridDay {
  date: string;
  day: number;
  inMonth: boolean;
}

export interface MonthRange {
  /** `YYYY-MM` */
  month: string;
  first: string;
  last: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthPattern = /^(\d{4})-(\d{2})$/;

export function isMonth(value: string | null | undefined): value is string {
  const match = value ? monthPattern.exec(value) : null;
  return !!match && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

function utc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function iso(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

// ISO dates compare as strings (Math.min/max would not take them).
export const later = (a: string, b: string): string => [a, b].sort()[1] as string;
export const earlier = (a: string, b: string): string => [a, b].sort()[0] as string;

export function addDays(date: string, days: number): string {
  const value = utc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return iso(value);
}

export function monthRange(month: string): MonthRange {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { month, first: `${month}-01`, last: `${month}-${pad(last)}` };
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/**
 * The weeks shown for a month, Monday first (ISO 8601, as in both UI locales' conventions here), each
 * week seven days, padded with the neighbouring months' days.
 */
export function buildMonthGrid(month: string): GridDay[][] {
  const { first, last } = monthRange(month);
  const mondayOffset = (utc(first).getUTCDay() + 6) % 7;
  let cursor = addDays(first, -mondayOffset);
  const weeks: GridDay[][] = [];
  while (cursor <= last) {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ date: cursor, day: Number(cursor.slice(8)), inMonth: cursor.startsWith(month) });
      cursor = addDays(cursor, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The intersection of two date ranges (either end may be open: ''), or null when they do not meet. */
export function intersectRange(
  a: { from: string; to: string },
  b: { from: string; to: string },
): { from: string; to: string } | null {
  const from = later(a.from, b.from);
  const to = !a.to ? b.to : !b.to ? a.to : earlier(a.to, b.to);
  if (from && to && from > to) return null;
  return { from, to };
}

interface Dated {
  startsOn: string | null;
  endsOn: string | null;
}

/** Entries by the days they cover, for the visible grid; an entry spanning a week shows on each day. */
export function entriesByDay<T extends Dated>(entries: T[], days: string[]): Map<string, T[]> {
  const map = new Map<string, T[]>(days.map((d) => [d, []]));
  if (days.length === 0) return map;
  const firstDay = days[0] as string;
  const lastDay = days[days.length - 1] as string;
  for (const entry of entries) {
    if (!entry.startsOn) continue;
    const end = entry.endsOn ?? entry.startsOn;
    let day = later(entry.startsOn, firstDay);
    while (day <= end && day <= lastDay) {
      map.get(day)?.push(entry);
      day = addDays(day, 1);
    }
  }
  return map;
}

/** The month to open first: the one in the URL, else today's when the menu year is this year, else January. */
export function initialMonth(urlMonth: string | null, menuYear: number | null, today: string): string {
  if (isMonth(urlMonth)) return urlMonth;
  const thisMonth = today.slice(0, 7);
  if (menuYear === null || String(menuYear) === today.slice(0, 4)) return thisMonth;
  return `${menuYear}-01`;
}
