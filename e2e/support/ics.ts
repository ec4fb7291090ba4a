import ICAL from 'ical.js';

export interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  status: string | null;
}

/** Reads an iCalendar document with ical.js, an independent parser, as a calendar client would. */
export function parseFeed(ics: string): { name: string | null; events: FeedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const status = component.getFirstPropertyValue('status');
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      status: typeof status === 'string' ? status : null,
    };
  });
  return { name: typeof name === 'string' ? name : null, events };
}
