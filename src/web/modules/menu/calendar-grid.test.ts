import { describe, expect, it } from 'vitest';
import {
  addDays,
  buildMonthGrid,
  entriesByDay,
  initialMonth,
  intersectRange,
  isMonth,
  monthRange,
  shiftMonth,
} from './calendar-grid';

describe('the month grid', () => {
  it('starts on a Monday and pads with the neighbouring months', () => {
    // March 2026 begins on a Sunday and ends on a Tuesday.
    const weeks = buildMonthGrid('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]?.[0]).toEqual({ date: '2026-02-23', day: 23, inMonth: false });
    expect(weeks[0]?.[6]).toEqual({ date: '2026-03-01', day: 1, inMonth: true });
    expect(weeks[5]?.[1]).toEqual({ date: '2026-03-31', day: 31, inMonth: true });
    expect(weeks[5]?.[6]?.date).toBe('2026-04-05');
  });

  it('needs only four weeks for a February that starts on a Monday', () => {
    const weeks = buildMonthGrid('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((d) => d.inMonth)).toBe(true);
  });

  it('knows month lengths, leap years and year ends', () => {
    expect(monthRange('2028-02')).toEqual({ month: '2028-02', first: '2028-02-01', last: '2028-02-29' });
    expect(monthRange('2026-02').last).toBe('2026-02-28');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-05', -17)).toBe('2024-12');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('accepts only real months from the URL', () => {
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-3')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it('opens on the URL month, else this month for this year, else the menu year’s January', () => {
    expect(initialMonth('2026-07', 2014, '2026-11-24')).toBe('2026-07');
    expect(initialMonth(null, null, '2026-11-24')).toBe('2026-11');
    expect(initialMonth(null, 2026, '2026-11-24')).toBe('2026-11');
    expect(initialMonth('garbage', 2014, '2026-11-24')).toBe('2014-01');
  });

  it('narrows the month by the filter’s dates, and says when they do not meet', () => {
    const month = { from: '2026-03-01', to: '2026-03-31' };
    expect(intersectRange(month, { from: '', to: '' })).toEqual(month);
    expect(intersectRange(month, { from: '2026-03-10', to: '' })).toEqual({
      from: '2026-03-10',
      to: '2026-03-31',
    });
    expect(intersectRange(month, { from: '', to: '2026-03-05' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-05',
    });
    expect(intersectRange(month, { from: '2026-04-01', to: '2026-04-30' })).toBeNull();
  });

  it('shows an event on every day it covers within the grid, and skips self-paced ones', () => {
    const days = buildMonthGrid('2026-03')
      .flat()
      .map((d) => d.date);
    const spanning = { id: 'a', startsOn: '2026-02-20', endsOn: '2026-02-24' };
    const oneDay = { id: 'b', startsOn: '2026-03-10', endsOn: null };
    const selfPaced = { id: 'c', startsOn: null, endsOn: null };
    const map = entriesByDay([spanning, oneDay, selfPaced], days);
    expect(map.get('2026-02-23')).toEqual([spanning]);
    expect(map.get('2026-02-24')).toEqual([spanning]);
    expect(map.get('2026-02-25')).toEqual([]);
    expect(map.get('2026-03-10')).toEqual([oneDay]);
    expect([...map.values()].flat()).not.toContain(selfPaced);
  });
});
