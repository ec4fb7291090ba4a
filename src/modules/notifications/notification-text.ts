import { type MailKind, mailCatalogs, mailKinds } from '../../core/mail-catalog';
import { paramTexts } from '../../core/mail-templates';
import type { Locale } from '../../shared/enums';

/** What the bell shows of one notification: the mail's subject as the title, its paragraphs as the body. */
export interface NotificationText {
  title: string;
  body: string;
}

export const isMailKind = (kind: string): kind is MailKind => (mailKinds as readonly string[]).includes(kind);

/**
 * Fills {param} placeholders with plain text. Unlike a mail, the bell never refuses to show a
 * notification: a value missing from old or odd params shows as an empty string, not an error.
 */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * A notification in the reader's language, from the same EN/FR catalog as the e-mails, so that the
 * bell and the mail say the same thing. Rendered when read (not stored), so a user who switches
 * language sees every notification in the new one.
 */
export function renderNotificationText(kind: string, params: unknown, locale: Locale): NotificationText {
  const values = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  if (!isMailKind(kind)) return { title: kind, body: '' };
  const texts = mailCatalogs[locale].kinds[kind];
  const filled = paramTexts(values, locale, false);
  return {
    title: fill(texts.subject, filled).replace(/\s+/g, ' ').trim(),
    body: texts.body.map((paragraph) => fill(paragraph, filled)).join('\n\n'),
  };
}
