import { describe, expect, it } from 'vitest';
import { locales } from '../shared/enums';
import { sampleMailEvent } from './mail.fixtures';
import { mailCatalogs } from './mail-catalog';
import {
  absoluteMailLink,
  composeNotificationMail,
  escapeHtml,
  formatMailDate,
  mailKinds,
  type NotificationMailEvent,
  renderNotificationMail,
} from './mail-templates';

const publicUrl = 'https://entente.example.org';
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('mail catalogs', () => {
  it.each(mailKinds)('%s uses the same placeholders in English and French', (kind) => {
    const [en, fr] = [mailCatalogs.en.kinds[kind], mailCatalogs.fr.kinds[kind]];
    expect(placeholders(fr.subject)).toEqual(placeholders(en.subject));
    expect(placeholders(fr.body.join(' '))).toEqual(placeholders(en.body.join(' ')));
    expect(fr.body).toHaveLength(en.body.length);
  });
});

describe('renderNotificationMail', () => {
  const cases = mailKinds.flatMap((kind) => locales.map((locale) => [kind, locale] as const));

  it.each(cases)('renders %s in %s with every placeholder filled and the link', (kind, locale) => {
    const event = sampleMailEvent(kind, locale);
    const mail = renderNotificationMail(event, publicUrl);
    for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/\{\w+\}/);
    expect(mail.subject).not.toContain('\n');
    expect(mail.text.startsWith(locale === 'fr' ? 'Bonjour Aiko Tanaka,' : 'Dear Aiko Tanaka,')).toBe(true);
    expect(mail.text).toContain(`${publicUrl}${event.link}`);
    expect(mail.html).toContain(`<html lang="${locale}">`);
    expect(mail.html).toContain(`<a href="${publicUrl}${event.link}"`);
  });

  it('formats dates and picks bilingual values in the recipient’s language', () => {
    const en = renderNotificationMail(sampleMailEvent('programme.agreed', 'en'), publicUrl);
    const fr = renderNotificationMail(sampleMailEvent('programme.agreed', 'fr'), publicUrl);
    expect(en.text).toContain(
      'The programme "Individual Partnership and Cooperation Programme 2014–2016" (Japan) was agreed on 6 May 2014.',
    );
    expect(fr.text).toContain(
      'Le programme « Programme individuel de partenariat et de coopération 2014-2016 » (Japon) a été conclu le 6 mai 2014.',
    );
  });

  it('says a self-paced iteration is self-paced instead of giving a start date', () => {
    const event = (locale: 'en' | 'fr'): NotificationMailEvent => ({
      ...sampleMailEvent('nomination.accepted', locale),
      kind: 'nomination.accepted',
      participantName: 'Haruto Sato',
      activityCode: 'ADL-7',
      activityTitle: { en: 'Cyber awareness', fr: 'Sensibilisation cyber' },
      startsOn: null,
    });
    expect(renderNotificationMail(event('en'), publicUrl).text).toContain(
      'The nomination of Haruto Sato to ADL-7 Cyber awareness (self-paced) has been accepted.',
    );
    expect(renderNotificationMail(event('fr'), publicUrl).text).toContain(
      'La candidature de Haruto Sato à ADL-7 Sensibilisation cyber (à votre rythme) a été acceptée.',
    );
  });

  it('falls back to the other language when a bilingual value lacks the wanted one', () => {
    const event: NotificationMailEvent = {
      ...sampleMailEvent('nomination.deadline', 'fr'),
      kind: 'nomination.deadline',
      activityCode: 'LOG-2',
      activityTitle: { en: 'Logistics course', fr: '' },
      deadline: new Date('2014-08-01T00:00:00Z'),
    };
    const mail = renderNotificationMail(event, publicUrl);
    expect(mail.subject).toBe('Date limite de candidature proche : LOG-2, 1er août 2014');
    expect(mail.text).toContain('Les candidatures à LOG-2 Logistics course seront closes le 1er août 2014.');
  });

  it('escapes every interpolated value in the HTML part, and only there', () => {
    const name = '<script>alert("x & y")</script>';
    const event = { ...sampleMailEvent('programme.returned', 'en', name), reviewerName: "O'Brien <b>" };
    const mail = renderNotificationMail(event, publicUrl);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('Dear &lt;script&gt;alert(&quot;x &amp; y&quot;)&lt;/script&gt;,');
    expect(mail.html).toContain('O&#39;Brien &lt;b&gt; returned the programme');
    expect(mail.text).toContain(`Dear ${name},`);
  });

  it('keeps line breaks of a comment in the body, never in the subject', () => {
    const event = { ...sampleMailEvent('programme.returned', 'en'), programmeTitle: 'Two\nlines' };
    const mail = renderNotificationMail(event, publicUrl);
    expect(mail.subject).toBe('Programme returned for changes: Two lines');
    expect(mail.text).toContain('Comment: Objective 2 needs an area.\nPlease add the Sécurité activities.');
    expect(mail.html).toContain(
      'Comment: Objective 2 needs an area.<br>\nPlease add the Sécurité activities.',
    );
  });

  it('fails loudly on a parameter the caller forgot, rather than sending a blank', () => {
    const { reason: _reason, ...incomplete } = sampleMailEvent('nomination.rejected', 'en') as Extract<
      NotificationMailEvent,
      { kind: 'nomination.rejected' }
    >;
    expect(() => renderNotificationMail(incomplete as NotificationMailEvent, publicUrl)).toThrow(
      /no value for \{reason\}/,
    );
  });

  it('composes the message for one recipient', () => {
    const message = composeNotificationMail(
      'liaison@example.org',
      sampleMailEvent('nomination.accepted', 'en'),
      publicUrl,
    );
    expect(message.to).toBe('liaison@example.org');
    expect(message.subject).toBe('Nomination accepted: Haruto Sato, SEC-101');
  });
});

describe('formatMailDate', () => {
  it.each([
    ['2014-05-06', 'en', '6 May 2014'],
    ['2014-05-06', 'fr', '6 mai 2014'],
    ['2014-05-01', 'fr', '1er mai 2014'],
    ['2014-12-31', 'en', '31 December 2014'],
  ] as const)('formats %s in %s as %s', (date, locale, expected) => {
    expect(formatMailDate(date, locale)).toBe(expected);
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2014-02-30', '06/05/2014', '2014-05-06T10:00:00Z', '']) {
      expect(() => formatMailDate(bad, 'en')).toThrow(/Not a calendar date/);
    }
    expect(() => formatMailDate(new Date(Number.NaN), 'en')).toThrow(/Not a calendar date/);
  });
});

describe('absoluteMailLink', () => {
  it('puts the public URL, with its own path if any, in front of the record path', () => {
    expect(absoluteMailLink('https://entente.example.org', '/programmes/1')).toBe(
      'https://entente.example.org/programmes/1',
    );
    expect(absoluteMailLink('https://example.org/entente/', '/menu/activities/a?tab=iterations')).toBe(
      'https://example.org/entente/menu/activities/a?tab=iterations',
    );
    expect(absoluteMailLink('https://example.org', '/a b"<x>')).toBe('https://example.org/a%20b%22%3Cx%3E');
  });

  it('refuses anything but a path, so an event cannot point a mail to another site', () => {
    for (const bad of ['https://evil.example/x', '//evil.example/x', 'programmes/1', '']) {
      expect(() => absoluteMailLink('https://entente.example.org', bad)).toThrow(/must be a path/);
    }
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
