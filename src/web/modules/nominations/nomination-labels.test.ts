import { describe, expect, it } from 'vitest';
import { attendanceOpen, hasStarted, takesNominations } from './nomination-labels';

const today = '2026-11-24';
const open = {
  status: 'open' as const,
  startsOn: '2026-12-14',
  deadlineState: 'open' as const,
  seatsReleasedAt: null,
};

describe('when the buttons are offered', () => {
  it('counts the start day as begun, and never begins a self-paced iteration', () => {
    expect(hasStarted('2026-11-24', today)).toBe(true);
    expect(hasStarted('2026-11-25', today)).toBe(false);
    expect(hasStarted(null, today)).toBe(false);
  });

  it('takes attendance from the start day on, and at any time for a self-paced iteration', () => {
    expect(attendanceOpen('2026-11-25', today)).toBe(false);
    expect(attendanceOpen('2026-11-24', today)).toBe(true);
    expect(attendanceOpen(null, today)).toBe(true);
  });

  it('offers "Nominate" on an open iteration until the deadline, or after it once the seats are released', () => {
    expect(takesNominations(open, today)).toBe(true);
    expect(takesNominations({ ...open, deadlineState: 'closing_soon' }, today)).toBe(true);
    expect(takesNominations({ ...open, deadlineState: 'passed' }, today)).toBe(false);
    expect(
      takesNominations({ ...open, deadlineState: 'passed', seatsReleasedAt: '2026-11-30T02:00:00Z' }, today),
    ).toBe(true);
  });

  it('never offers it on an iteration that is not open, or has begun', () => {
    expect(takesNominations({ ...open, status: 'published', deadlineState: 'not_open' }, today)).toBe(false);
    expect(takesNominations({ ...open, status: 'closed', deadlineState: 'not_open' }, today)).toBe(false);
    expect(takesNominations({ ...open, startsOn: today }, today)).toBe(false);
  });
});
