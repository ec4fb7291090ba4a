import type { Locale } from '../shared/enums';
import { type Bilingual, pickText } from './bilingual';
import type { MailMessage } from './mail';
import { type MailKind, mailCatalogs } from './mail-catalog';

export { type MailKind, mailKinds } from './mail-catalog';

/** Free text as the data keeps it: plain, or in both languages (the recipient's is picked, else the other). */
export type MailTextValue = string | Bilingual;
/** A calendar date: 'YYYY-MM-DD' as a Postgres date column reads, or a Date taken in UTC. */
export type MailDateValue = string | Date;

interface NominationParams {
  participantName: string;
  activityCode: string;
  activityTitle: MailTextValue;
  /** The first day of the iteration; null for a self-paced one. */
  startsOn: MailDateValue | null;
}

interface ProgrammeParams {
  partnerName: MailTextValue;
  programmeTitle: MailTextValue;
}

/** What each kind of notification tells, besides who receives it and where the record is. */
export interface MailParams {
  'programme.submitted': ProgrammeParams;
  'programme.returned': ProgrammeParams & { reviewerName: string; comment: string };
  'programme.agreed': ProgrammeParams & { agreedOn: MailDateValue };
  'nomination.accepted': NominationParams;
  'nomination.waitlisted': NominationParams;
  'nomination.rejected': NominationParams & { reason: string };
  'nomination.promoted': NominationParams;
  'nomination.deadline': { activityCode: string; activityTitle: MailTextValue; deadline: MailDateValue };
}

interface MailEventBase {
  /** The recipient's chosen language for mail. */
  locale: Locale;
  recipientName: string;
  /** Path of the record in the web app, e.g. `/programmes/<id>`; the public URL is put in front. */
  link: string;
}

/** One notification to render; `kind` decides which parameters it carries. */
export type NotificationMailEvent = {
  [K in MailKind]: MailEventBase & { kind: K } & MailParams[K];
}[MailKind];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const dateParams = new Set(['agreedOn', 'startsOn', 'deadline']);

const longDate: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** "6 May 2014" / "6 mai 2014"; French writes the first of the month as "1er". */
export function formatMailDate(value: MailDateValue, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
  const valid =
    !Number.isNaN(date.getTime()) && (typeof value !== 'string' || date.toISOString().slice(0, 10) === value);
  if (!valid) throw new Error(`Not a calendar date (YYYY-MM-DD): ${String(value)}`);
  const text = longDate[locale].format(date);
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** The record's absolute address; only a path is taken, so an event cannot point a mail elsewhere. */
export function absoluteMailLink(publicUrl: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`A mail link must be a path starting with one "/": ${path}`);
  }
  return new URL(`${publicUrl.replace(/\/+$/, '')}${path}`).href;
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => htmlEntities[char]!);
}

type Values = Record<string, string>;

/** Fills {param} placeholders, encoding the template text and each value for the target (text or HTML). */
function fill(template: string, values: Values, encode: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1]!];
    // A missing value is a programming error: a blank in a sent mail would go unnoticed.
    if (value === undefined) throw new Error(`Mail template "${template}" has no value for ${match[0]}`);
    out += encode(template.slice(last, match.index)) + encode(value);
    last = match.index + match[0].length;
  }
  return out + encode(template.slice(last));
}

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && 'en' in value && 'fr' in value;
}

/**
 * The text of each parameter in the locale: dates written out, bilingual values picked. `startsOn`
 * also gives `when` ("starting on 6 May 2014", or "self-paced"). Strict (mails): a value of the wrong
 * kind throws. Lenient (the in-app list, which must show old or odd rows): it is left out.
 */
export function paramTexts(params: Record<string, unknown>, locale: Locale, strict: boolean): Values {
  const values: Values = {};
  const catalog = mailCatalogs[locale];
  for (const [key, value] of Object.entries(params)) {
    if (key === 'kind' || key === 'locale' || key === 'link') continue;
    if (key === 'startsOn' && value === null) {
      values.when = catalog.selfPaced;
    } else if (dateParams.has(key) && (typeof value === 'string' || value instanceof Date)) {
      let date: string;
      try {
        date = formatMailDate(value, locale);
      } catch (error) {
        if (strict) throw error;
        date = String(value);
      }
      values[key] = date;
      if (key === 'startsOn') values.when = catalog.startingOn.replace('{date}', date);
    } else if (typeof value === 'string') values[key] = value.trim();
    else if (isBilingual(value)) values[key] = pickText(value, locale).text.trim();
    else if (strict) throw new Error(`Mail parameter ${key} is neither a text nor a date`);
  }
  return values;
}

function eventValues(event: NotificationMailEvent): Values {
  return paramTexts(event as unknown as Record<string, unknown>, event.locale, true);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const html = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>\n');

/** Subject, plain text and HTML of a notification, in the event's language. */
export function renderNotificationMail(event: NotificationMailEvent, publicUrl: string): RenderedMail {
  const catalog = mailCatalogs[event.locale];
  const texts = catalog.kinds[event.kind];
  const values = eventValues(event);
  const link = absoluteMailLink(publicUrl, event.link);
  // A line break in a value (a comment, say) has no place in a header.
  const subject = oneLine(fill(texts.subject, values, (text) => text));
  const paragraphs = [catalog.greeting, ...texts.body];

  const text = [
    ...paragraphs.map((paragraph) => fill(paragraph, values, (part) => part)),
    `${texts.action}${event.locale === 'fr' ? ' : ' : ': '}${link}`,
    `-- \n${catalog.footer}`,
  ].join('\n\n');

  const body = paragraphs.map((paragraph) => `<p>${fill(paragraph, values, html)}</p>`);
  const page = [
    '<!DOCTYPE html>',
    `<html lang="${event.locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:system-ui,-apple-system,\'Segoe UI\',Roboto,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1a1b1e">',
    ...body,
    `<p><a href="${escapeHtml(link)}" style="color:#1864ab;font-weight:600">${escapeHtml(texts.action)}</a></p>`,
    `<p style="margin-top:32px;color:#5c5f66;font-size:13px">${escapeHtml(catalog.footer)}</p>`,
    '</body>',
    '</html>',
  ].join('\n');

  return { subject, text, html: `${page}\n` };
}

/** The message for one recipient, ready for Mailer.send. */
export function composeNotificationMail(
  to: string,
  event: NotificationMailEvent,
  publicUrl: string,
): MailMessage {
  return { to, ...renderNotificationMail(event, publicUrl) };
}
