// For tests only (smtp-server and mailparser are devDependencies): a real SMTP server on a free
// local port that keeps and parses what it receives, so mail tests check what a mail client would see.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerError } from 'smtp-server';

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  /** The user who authenticated, when the server asked for credentials. */
  user: string | undefined;
  /** Whether the session ran over TLS. */
  secure: boolean;
  raw: string;
  parsed: ParsedMail;
}

export interface TestSmtpServerOptions {
  /** Require AUTH with these credentials (over plain text: a local test server has no certificate). */
  credentials?: { user: string; pass: string };
  /** Implicit TLS (smtps://) with smtp-server's built-in, untrusted test certificate. */
  secure?: boolean;
  /** Answer this code and text to RCPT TO for the recipients it returns a refusal for. */
  refuse?: (recipient: string) => { responseCode: number; message: string } | undefined;
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port> or smtps://…, with the credentials when some are required. */
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Connections opened so far, whether or not a message followed. */
  connections(): number;
  /** Resolves once `count` messages in all have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startTestSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let connections = 0;
  const { credentials } = options;

  const server = new SMTPServer({
    secure: options.secure ?? false,
    // The built-in certificate would be offered through STARTTLS and refused by a verifying client.
    disabledCommands: credentials ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !credentials,
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.pass) {
        callback(null, { user: auth.username });
      } else {
        callback(new Error('Invalid username or password'));
      }
    },
    onRcptTo(address, _session, callback) {
      const refusal = options.refuse?.(address.address);
      if (!refusal) return callback();
      const error: SMTPServerError = Object.assign(new Error(refusal.message), {
        responseCode: refusal.responseCode,
      });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            received.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((recipient) => recipient.address),
              },
              user: typeof session.user === 'string' ? session.user : undefined,
              secure: session.secure,
              raw,
              parsed,
            });
            for (const wake of waiters) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const auth = credentials
    ? `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.pass)}@`
    : '';
  const scheme = options.secure ? 'smtps' : 'smtp';

  return {
    url: `${scheme}://${auth}127.0.0.1:${port}`,
    port,
    received,
    connections: () => connections,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(received.slice(0, count));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Expected ${count} messages, received ${received.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
