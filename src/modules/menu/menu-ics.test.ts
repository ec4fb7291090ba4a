import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from './menu.schemas';
import { renderMenuCalendar } from './menu-ics';

const entry = (overrides: Partial<CalendarEntry> = {}): CalendarEntry => ({
  id: '7d1c4f0e-5a1b-4c39-9d6e-0f2b8a6c1e01',
  activityId: '2b0e9c55-3f6a-4d1e-8c7b-9a4d2e1f0c02',
  startsOn: '2026-03-09',
  endsOn: '2026-03-13',
  selfPaced: false,
  online: false,
  city: 'Oberammergau',
  countryCode: 'DE',
  seats: 12,
  nominationDeadline: '2026-01-26',
  deadlineState: 'open',
  status: 'open',
  sequence: 3,
  version: 4,
  updatedAt: '2026-02-01T10:30:00.000Z',
  code: 'NSO.CY-101',
  title: { en: 'Cyber defence fundamentals', fr: 'Fondamentaux de la cyberdéfense' },
  kind: 'course',
  provider: {
    id: '5e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c03',
    code: 'NSO',
    name: { en: 'Alliance School', fr: 'École de l’Alliance' },
  },
  activityStatus: 'open',
  ...overrides,
});

const options = { lang: 'en' as const, publicUrl: 'https://entente.example/' };

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('the menu as iCalendar', () => {
  it('renders one all-day event per dated iteration, as an independent parser reads it', () => {
    const ics = renderMenuCalendar([entry()], options);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Cooperation menu');
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.uid).toBe('7d1c4f0e-5a1b-4c39-9d6e-0f2b8a6c1e01@entente');
    expect(event.sequence).toBe(3);
    expect(event.summary).toBe('NSO.CY-101 — Cyber defence fundamentals');
    expect(event.location).toBe('Oberammergau, Germany');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-03-09');
    // DTEND of an all-day event is exclusive: the day after the last day.
    expect(event.endDate.toString()).toBe('2026-03-14');
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.component.getFirstPropertyValue('url')).toBe(
      'https://entente.example/menu/activities/2b0e9c55-3f6a-4d1e-8c7b-9a4d2e1f0c02',
    );
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-02-01T10:30:00Z');
    expect(event.component.getFirstPropertyValue('last-modified')?.toString()).toBe('2026-02-01T10:30:00Z');
    expect(event.description).toBe(
      [
        'Provider: Alliance School (NSO)',
        'Seats offered: 12',
        'Nomination deadline: 26 January 2026',
        'Details: https://entente.example/menu/activities/2b0e9c55-3f6a-4d1e-8c7b-9a4d2e1f0c02',
      ].join('\n'),
    );
  });

  it('writes the texts in French, falling back to the English title when the French one is missing', () => {
    const ics = renderMenuCalendar(
      [entry(), entry({ id: '7d1c4f0e-5a1b-4c39-9d6e-0f2b8a6c1e09', title: { en: 'Only English', fr: '' } })],
      { ...options, lang: 'fr', name: 'Cyber' },
    );
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Menu de coopération — Cyber');
    expect(events.map((e) => e.summary)).toEqual([
      'NSO.CY-101 — Fondamentaux de la cyberdéfense',
      'NSO.CY-101 — Only English',
    ]);
    expect(events[0]!.location).toBe('Oberammergau, Allemagne');
    expect(events[0]!.description).toContain('Date limite des candidatures\u00a0: 26 janvier 2026');
    expect(events[0]!.description).toContain('Prestataire\u00a0: École de l’Alliance (NSO)');
  });

  it('marks cancellations, drafts and online iterations, and leaves self-paced ones out', () => {
    const ics = renderMenuCalendar(
      [
        entry({ id: '00000000-0000-4000-8000-000000000001', status: 'cancelled', sequence: 5 }),
        entry({ id: '00000000-0000-4000-8000-000000000002', activityStatus: 'cancelled', status: 'open' }),
        entry({ id: '00000000-0000-4000-8000-000000000003', status: 'draft', activityStatus: 'draft' }),
        entry({ id: '00000000-0000-4000-8000-000000000004', online: true, city: '', countryCode: null }),
        entry({ id: '00000000-0000-4000-8000-000000000005', startsOn: null, endsOn: null, selfPaced: true }),
      ],
      options,
    );
    const { events } = parse(ics);
    const status = (e: ICAL.Event) => e.component.getFirstPropertyValue('status');
    expect(events.map((e) => [e.uid.slice(34, 36), status(e)])).toEqual([
      ['01', 'CANCELLED'],
      ['02', 'CANCELLED'],
      ['03', 'TENTATIVE'],
      ['04', 'CONFIRMED'],
    ]);
    expect(events[0]!.sequence).toBe(5);
    expect(events[0]!.description).toMatch(/^Cancelled\n/);
    expect(events[3]!.location).toBe('Online');
  });

  it('gives the same bytes for the same data, and escapes what iCalendar reserves', () => {
    const tricky = entry({ title: { en: 'Planning; logistics, and\nreporting', fr: '' }, city: 'Brussels' });
    const first = renderMenuCalendar([tricky], options);
    expect(renderMenuCalendar([tricky], options)).toBe(first);
    expect(parse(first).events[0]!.summary).toBe('NSO.CY-101 — Planning; logistics, and\nreporting');
    // Long lines are folded at 75 octets, as RFC 5545 asks.
    for (const line of first.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
