import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../shared/enums';
import { createMailer, describeSmtpServer, MailDeliveryError, parseMailbox } from './mail';
import { sampleMailEvent } from './mail.fixtures';
import { composeNotificationMail, type MailKind, mailKinds } from './mail-templates';
import { startTestSmtpServer, type TestSmtpServer } from './mail-test-server';

const publicUrl = 'https://entente.example.org';
const from = 'Entente <no-reply@entente.invalid>';
// A password with characters that must be percent-encoded in the URL, to prove they are decoded.
const credentials = { user: 'entente', pass: 's3cr@t:é/pass' };

/** What each kind must say, in each language, once rendered with the sample events. */
const expected: Record<MailKind, { en: string; fr: string }> = {
  'programme.submitted': { en: 'has been submitted for review', fr: 'a été soumis pour examen' },
  'programme.returned': {
    en: 'Comment: Objective 2 needs an area.\nPlease add the Sécurité activities.',
    fr: 'Commentaire : Objective 2 needs an area.\nPlease add the Sécurité activities.',
  },
  'programme.agreed': { en: 'was agreed on 6 May 2014', fr: 'a été conclu le 6 mai 2014' },
  'nomination.accepted': {
    en: 'SEC-101 Cyber Security course (starting on 1 September 2014) has been accepted',
    fr: 'SEC-101 Cours de Sécurité informatique (session débutant le 1er septembre 2014) a été acceptée',
  },
  'nomination.waitlisted': { en: 'placed on the waiting list', fr: 'placée sur la liste d’attente' },
  'nomination.rejected': {
    en: 'Reason: Seats reserved for Sécurité officers',
    fr: 'Motif : Seats reserved for Sécurité officers',
  },
  'nomination.promoted': { en: 'is now accepted', fr: 'est désormais acceptée' },
  'nomination.deadline': {
    en: 'Nominations for SEC-101 Cyber Security course close on 1 August 2014.',
    fr: 'Les candidatures à SEC-101 Cours de Sécurité informatique seront closes le 1er août 2014.',
  },
};

/** A local port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function deliveryError(promise: Promise<void>): Promise<MailDeliveryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MailDeliveryError);
  return error as MailDeliveryError;
}

describe('createMailer through a real SMTP server', () => {
  let server: TestSmtpServer;

  beforeAll(async () => {
    server = await startTestSmtpServer({
      credentials,
      refuse: (recipient) => {
        if (recipient.startsWith('unknown@')) return { responseCode: 550, message: 'No such mailbox' };
        if (recipient.startsWith('busy@')) return { responseCode: 451, message: 'Try again later' };
        return undefined;
      },
    });
  });
  afterAll(() => server.close());

  it('delivers every kind in English and French, in the right language, accents intact', async () => {
    const mailer = createMailer({ smtpUrl: server.url, from });
    expect(mailer.enabled).toBe(true);
    const before = server.received.length;
    const sent = mailKinds.flatMap((kind) =>
      locales.map((locale) => ({
        kind,
        locale,
        message: composeNotificationMail(
          `${kind}.${locale}@example.org`,
          sampleMailEvent(kind, locale),
          publicUrl,
        ),
      })),
    );
    // All at once, as a batch of reminders would go: the pool must deliver each one.
    await Promise.all(sent.map(({ message }) => mailer.send(message)));
    await mailer.close();
    const received = (await server.waitFor(before + sent.length)).slice(before);

    for (const { kind, locale, message } of sent) {
      const mail = received.find((entry) => entry.envelope.to[0] === message.to);
      expect(mail, `${kind} ${locale}`).toBeDefined();
      const { parsed } = mail!;
      expect(mail!.user).toBe(credentials.user);
      expect(mail!.envelope).toEqual({ from: 'no-reply@entente.invalid', to: [message.to] });
      expect(parsed.from?.value).toEqual([{ name: 'Entente', address: 'no-reply@entente.invalid' }]);
      expect(parsed.subject).toBe(message.subject);
      expect(parsed.text?.trim()).toBe(message.text.trim());
      expect(parsed.text).toContain(expected[kind][locale]);
      expect(parsed.text).toContain(locale === 'fr' ? 'Bonjour Aiko Tanaka,' : 'Dear Aiko Tanaka,');
      expect(parsed.text).not.toContain(locale === 'fr' ? 'Dear ' : 'Bonjour ');
      expect(parsed.html).toContain(`<html lang="${locale}">`);
      expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    }
    const promoted = received.find((entry) => entry.envelope.to[0] === 'nomination.promoted.fr@example.org');
    expect(promoted?.parsed.subject).toBe('Place obtenue depuis la liste d’attente : Haruto Sato, SEC-101');
    const accepted = received.find((entry) => entry.envelope.to[0] === 'nomination.accepted.fr@example.org');
    expect(accepted?.parsed.html).toContain('Cours de Sécurité informatique');
    expect(accepted?.raw).toMatch(/charset=utf-8/i);
  });

  it('delivers an escaped HTML part for a name holding markup, and the name as written in the text part', async () => {
    const mailer = createMailer({
      smtpUrl: server.url,
      from: '"Entente — Sécurité" <no-reply@entente.invalid>',
    });
    const name = '<script>alert("Sécurité")</script>';
    await mailer.send(
      composeNotificationMail(
        'escape@example.org',
        sampleMailEvent('programme.agreed', 'fr', name),
        publicUrl,
      ),
    );
    await mailer.close();
    const mail = server.received.find((entry) => entry.envelope.to[0] === 'escape@example.org');
    expect(mail?.parsed.from?.value[0]?.name).toBe('Entente — Sécurité');
    expect(mail?.parsed.html).not.toContain('<script>');
    expect(mail?.parsed.html).toContain('Bonjour &lt;script&gt;alert(&quot;Sécurité&quot;)&lt;/script&gt;,');
    expect(mail?.parsed.text).toContain(`Bonjour ${name},`);
  });

  it('rejects with a permanent error when the server refuses the mailbox for good', async () => {
    const mailer = createMailer({ smtpUrl: server.url, from });
    const message = composeNotificationMail(
      'unknown@example.org',
      sampleMailEvent('nomination.accepted', 'en'),
      publicUrl,
    );
    const error = await deliveryError(mailer.send(message));
    await mailer.close();
    expect(error.retryable).toBe(false);
    expect(error.responseCode).toBe(550);
    expect(error.message).toContain('No such mailbox');
  });

  it('rejects with a retryable error when the server says "try later"', async () => {
    const mailer = createMailer({ smtpUrl: server.url, from });
    const message = composeNotificationMail(
      'busy@example.org',
      sampleMailEvent('nomination.accepted', 'en'),
      publicUrl,
    );
    const error = await deliveryError(mailer.send(message));
    await mailer.close();
    expect(error.retryable).toBe(true);
    expect(error.responseCode).toBe(451);
  });

  it('rejects on wrong credentials without repeating the password', async () => {
    const url = server.url.replace(encodeURIComponent(credentials.pass), 'wrong-password');
    const mailer = createMailer({ smtpUrl: url, from });
    const error = await deliveryError(
      mailer.send(
        composeNotificationMail('x@example.org', sampleMailEvent('programme.agreed', 'en'), publicUrl),
      ),
    );
    await mailer.close();
    expect(error.code).toBe('EAUTH');
    expect(error.message).toContain(`smtp://127.0.0.1:${server.port}`);
    expect(error.message).not.toContain('wrong-password');
  });
});

describe('createMailer without a usable server', () => {
  it('sends nothing at all when no SMTP URL is configured', async () => {
    const server = await startTestSmtpServer();
    try {
      const mailer = createMailer({ smtpUrl: undefined, from });
      expect(mailer.enabled).toBe(false);
      await mailer.send(
        composeNotificationMail('x@example.org', sampleMailEvent('programme.agreed', 'en'), publicUrl),
      );
      await mailer.close();
      expect(server.connections()).toBe(0);
      expect(server.received).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('rejects with a clear, retryable error when the server is unreachable, and the process goes on', async () => {
    const port = await closedPort();
    const mailer = createMailer({ smtpUrl: `smtp://entente:hunter2-secret@127.0.0.1:${port}`, from });
    const message = composeNotificationMail(
      'x@example.org',
      sampleMailEvent('programme.agreed', 'en'),
      publicUrl,
    );
    const error = await deliveryError(mailer.send(message));
    expect(error.message).toMatch(
      new RegExp(`^E-mail not sent through smtp://127\\.0\\.0\\.1:${port} \\(E[A-Z]+\\): `),
    );
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).not.toContain('hunter2');
    expect(error.retryable).toBe(true);
    expect(error.cause).toBeInstanceOf(Error);
    // The same mailer keeps answering: a failed send leaves nothing broken behind.
    await expect(mailer.send(message)).rejects.toBeInstanceOf(MailDeliveryError);
    await mailer.close();
  });
});

describe('createMailer over implicit TLS (smtps://)', () => {
  it('delivers through TLS when the URL allows the test server’s self-signed certificate', async () => {
    const server = await startTestSmtpServer({ secure: true, credentials });
    try {
      const mailer = createMailer({ smtpUrl: `${server.url}?tls.rejectUnauthorized=false`, from });
      await mailer.send(
        composeNotificationMail('tls@example.org', sampleMailEvent('programme.agreed', 'fr'), publicUrl),
      );
      await mailer.close();
      const [mail] = await server.waitFor(1);
      expect(mail?.secure).toBe(true);
      expect(mail?.parsed.subject).toBe(
        'Programme conclu : Programme individuel de partenariat et de coopération 2014-2016',
      );
    } finally {
      await server.close();
    }
  });

  it('refuses an untrusted certificate by default', async () => {
    const server = await startTestSmtpServer({ secure: true, credentials });
    try {
      const mailer = createMailer({ smtpUrl: server.url, from });
      const error = await deliveryError(
        mailer.send(
          composeNotificationMail('tls@example.org', sampleMailEvent('programme.agreed', 'fr'), publicUrl),
        ),
      );
      await mailer.close();
      expect(error.retryable).toBe(true);
      expect(error.message).toContain(`smtps://127.0.0.1:${server.port}`);
      expect(server.received).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

describe('parseMailbox', () => {
  it.each([
    ['no-reply@entente.invalid', { name: '', address: 'no-reply@entente.invalid' }],
    ['Entente <no-reply@entente.invalid>', { name: 'Entente', address: 'no-reply@entente.invalid' }],
    ['"Entente, Sécurité" <a@example.org>', { name: 'Entente, Sécurité', address: 'a@example.org' }],
    ['  Entente<a@example.org>  ', { name: 'Entente', address: 'a@example.org' }],
  ])('reads %s', (value, mailbox) => {
    expect(parseMailbox(value)).toEqual(mailbox);
  });

  it.each([
    '',
    'Entente',
    'Entente <not an address>',
    'a@example.org, b@example.org',
    'Ent\nBcc: x <a@example.org>',
  ])('refuses %j', (value) => {
    expect(parseMailbox(value)).toBeUndefined();
  });
});

describe('describeSmtpServer', () => {
  it('names the server without its credentials, with the default port of the scheme', () => {
    expect(describeSmtpServer('smtp://user:secret@mail.example.org:587')).toBe('smtp://mail.example.org:587');
    expect(describeSmtpServer('smtps://user:secret@mail.example.org')).toBe('smtps://mail.example.org:465');
    expect(describeSmtpServer('smtp://mail.example.org')).toBe('smtp://mail.example.org:25');
  });
});
