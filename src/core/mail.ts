import nodemailer, { type NodemailerError } from 'nodemailer';
import { z } from 'zod';

/** One e-mail, already rendered: the text part for every client, the HTML part for those that show it. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** The mail seam: services and the notification sender depend on this, tests pass a fake or a real one. */
export interface Mailer {
  /** False when no SMTP server is configured: callers may skip queueing e-mail altogether. */
  readonly enabled: boolean;
  /** Resolves once the SMTP server accepted the message; rejects with a MailDeliveryError. */
  send(message: MailMessage): Promise<void>;
  /** Closes the pooled connections; the process can then exit. */
  close(): Promise<void>;
}

export interface MailerConfig {
  /** smtp://user:pass@host:587 or smtps://…; undefined turns e-mail off. */
  smtpUrl: string | undefined;
  /** The From header: an address or "Name <address>". */
  from: string;
}

/**
 * Why a message was not sent. `retryable` is false only when the server answered with a permanent
 * refusal (5xx, e.g. an unknown mailbox): sending the same message again would get the same answer.
 * The message names the server without its credentials, so it can be logged as it is.
 */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';

  constructor(
    message: string,
    readonly code: string,
    readonly retryable: boolean,
    readonly responseCode: number | undefined,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

export interface Mailbox {
  name: string;
  address: string;
}

/** Reads "address" or "Name <address>"; undefined when it is neither, or holds a line break. */
export function parseMailbox(value: string): Mailbox | undefined {
  const match = /^(?:([^<>\r\n]*)<([^<>\s]+)>|([^<>\s]+))$/.exec(value.trim());
  if (!match) return undefined;
  const address = match[2] ?? match[3] ?? '';
  if (!z.email().safeParse(address).success) return undefined;
  const name = (match[1] ?? '').trim().replace(/^"(.*)"$/, '$1');
  return { name, address };
}

/** The server as it may appear in a log line: protocol, host and port, never the user or password. */
export function describeSmtpServer(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '25');
  return `${url.protocol}//${url.hostname}:${port}`;
}

const disabledMailer: Mailer = {
  enabled: false,
  send: async () => {},
  close: async () => {},
};

/** An SMTP mailer when the configuration names a server, otherwise one that sends nothing. */
export function createMailer(config: MailerConfig): Mailer {
  if (!config.smtpUrl) return disabledMailer;
  const from = parseMailbox(config.from);
  if (!from) throw new Error(`The sender "${config.from}" is not an address or "Name <address>"`);
  const server = describeSmtpServer(config.smtpUrl);
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    // A pool, because a deadline reminder or a batch of decisions sends many messages at once.
    pool: true,
    maxConnections: 3,
    idleTimeout: 30_000,
    // Nodemailer waits minutes by default; a notification sender retries later instead of hanging.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    // The messages hold rendered text only: never let a field turn into a file or URL fetch.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    enabled: true,
    async send(message) {
      try {
        await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          // RFC 3834: tells auto-responders ("out of office") not to answer a notification.
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
      } catch (cause) {
        throw toDeliveryError(cause, server);
      }
    },
    async close() {
      transport.close();
    },
  };
}

function toDeliveryError(cause: unknown, server: string): MailDeliveryError {
  const error: NodemailerError = cause instanceof Error ? cause : new Error(String(cause));
  const code = error.code ?? 'EUNKNOWN';
  return new MailDeliveryError(
    `E-mail not sent through ${server} (${code}): ${error.message}`,
    code,
    error.permanent !== true,
    error.responseCode,
    { cause },
  );
}
