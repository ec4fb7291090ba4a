import ical, { ICalEventStatus } from 'ical-generator';
import type { Locale } from '../../shared/enums';
import type { CalendarEntry } from './menu.schemas';

/**
 * The menu as an iCalendar document (RFC 5545): one all-day VEVENT per dated iteration.
 *
 * Calendar clients match events by UID and apply a change only when SEQUENCE grows, so the UID is the
 * iteration's id (stable for its whole life) and SEQUENCE is the iteration's own counter, which the menu
 * service bumps whenever what a calendar shows changes. DTSTAMP and LAST-MODIFIED come from the data,
 * never from the clock, so the same data always renders the same bytes (and the same ETag).
 */

const texts = {
  en: {
    calendar: 'Cooperation menu',
    description: 'Activities of the partnership cooperation menu (Entente)',
    online: 'Online',
    provider: 'Provider',
    seats: 'Seats offered',
    deadline: 'Nomination deadline',
    cancelled: 'Cancelled',
    draft: 'Draft (not published)',
    details: 'Details',
  },
  fr: {
    calendar: 'Menu de coopération',
    description: 'Activités du menu de coopération des partenariats (Entente)',
    online: 'En ligne',
    provider: 'Prestataire',
    seats: 'Places offertes',
    deadline: 'Date limite des candidatures',
    cancelled: 'Annulée',
    draft: 'Brouillon (non publiée)',
    details: 'Détails',
  },
} as const;

export interface IcsOptions {
  lang: Locale;
  /** The app's public address, without a trailing slash: links point to the activity pages. */
  publicUrl: string;
  /** A subscription's own name, shown after the calendar's name. */
  name?: string;
}

const DAY_MS = 86_400_000;

/** A date-only value as midnight UTC: ical-generator formats all-day dates in UTC when no zone is set. */
const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

const pick = (text: { en: string; fr: string }, lang: Locale) =>
  (lang === 'en' ? text.en || text.fr : text.fr || text.en).trim();

const countryNames = {
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }),
  fr: new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'code' }),
};

const longDate = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }),
};

export function activityUrl(publicUrl: string, activityId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/menu/activities/${activityId}`;
}

export function eventStatus(entry: Pick<CalendarEntry, 'status' | 'activityStatus'>): ICalEventStatus {
  // A cancelled activity cancels every iteration, whatever the iteration's own status says.
  if (entry.status === 'cancelled' || entry.activityStatus === 'cancelled') return ICalEventStatus.CANCELLED;
  // Only the staff and the activity's provider see drafts: for them a draft is not settled yet.
  if (entry.status === 'draft' || entry.activityStatus === 'draft') return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

function locationOf(entry: CalendarEntry, lang: Locale): string | null {
  if (entry.online) return texts[lang].online;
  const country = entry.countryCode ? countryNames[lang].of(entry.countryCode) : undefined;
  const parts = [entry.city.trim(), country].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : null;
}

function descriptionOf(entry: CalendarEntry, lang: Locale, url: string): string {
  const t = texts[lang];
  const status = eventStatus(entry);
  const lines = [
    status === ICalEventStatus.CANCELLED
      ? t.cancelled
      : status === ICalEventStatus.TENTATIVE
        ? t.draft
        : null,
    `${t.provider}: ${pick(entry.provider.name, lang)} (${entry.provider.code})`,
    `${t.seats}: ${entry.seats}`,
    entry.nominationDeadline
      ? `${t.deadline}: ${longDate[lang].format(utcDate(entry.nominationDeadline))}`
      : null,
    `${t.details}: ${url}`,
  ];
  // French typography puts a (no-break) space before the colon.
  const text = lines.filter((line): line is string => line !== null).join('\n');
  return lang === 'fr' ? text.replace(/^([^:\n]+): /gm, '$1\u00a0: ') : text;
}

/** Renders the entries; those without dates (self-paced) have no place in a calendar and are left out. */
export function renderMenuCalendar(entries: readonly CalendarEntry[], options: IcsOptions): string {
  const { lang } = options;
  const t = texts[lang];
  const calendar = ical({
    name: options.name ? `${t.calendar} — ${options.name}` : t.calendar,
    description: t.description,
    prodId: { company: 'Entente', product: 'Cooperation menu', language: lang.toUpperCase() },
    // A hint to the clients that honour it (Apple, Thunderbird): the menu changes by the day, not the minute.
    ttl: 6 * 3600,
  });
  for (const entry of entries) {
    if (!entry.startsOn || !entry.endsOn) continue;
    const url = activityUrl(options.publicUrl, entry.activityId);
    const updatedAt = new Date(entry.updatedAt);
    calendar.createEvent({
      id: `${entry.id}@entente`,
      sequence: entry.sequence,
      allDay: true,
      start: utcDate(entry.startsOn),
      // All-day DTEND is exclusive: the day after the last day.
      end: new Date(utcDate(entry.endsOn).getTime() + DAY_MS),
      summary: `${entry.code} — ${pick(entry.title, lang)}`,
      location: locationOf(entry, lang),
      description: descriptionOf(entry, lang, url),
      url,
      status: eventStatus(entry),
      stamp: updatedAt,
      lastModified: updatedAt,
    });
  }
  const text = calendar.toString();
  // RFC 5545 ends every content line with CRLF, the last one included.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
