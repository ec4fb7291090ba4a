import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../core/clock';
import { MailDeliveryError, type Mailer } from '../../core/mail';
import { composeNotificationMail, type NotificationMailEvent } from '../../core/mail-templates';
import { type Database, selectRows } from '../../db/client';
import { type Locale, locales } from '../../shared/enums';
import { isMailKind } from './notification-text';

/** Sends after the first try and five retries, spread over about three hours, then gives up. */
export const MAX_MAIL_ATTEMPTS = 6;
/** Rows claimed per statement: about what the mailer's pool (3 connections) gets through in a second. */
const BATCH_SIZE = 20;
/** Rows one run sends at most, so that a long backlog does not hold the job runner's other jobs. */
const RUN_LIMIT = 200;
/**
 * How long a claimed row stays hidden from other workers. Longer than the mailer's connection and
 * socket timeouts, so a row is sent twice only if its worker died mid-send; then it is sent again.
 */
const CLAIM_LEASE_MS = 5 * 60_000;

/** The wait after the n-th failed attempt: 30 s, 2 min, 8 min, 32 min, then 2 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 4 ** (attempts - 1), 2 * 3_600_000);
}

export interface MailDeliveryReport {
  sent: number;
  /** Failed for now, tried again later. */
  retrying: number;
  /** Given up: a permanent refusal, the last attempt, or a message that cannot be rendered. */
  failed: number;
  /** Not sent on purpose: e-mail is off, or the recipient's account was deactivated meanwhile. */
  skipped: number;
}

interface ClaimedRow {
  id: string;
  recipient: string;
  locale: string;
  kind: string;
  params: unknown;
  link: string;
  attempts: number;
  recipientName: string | null;
  recipientActive: boolean | null;
}

type Outcome =
  | { status: 'sent' }
  | { status: 'retrying'; error: string; delayMs: number }
  | { status: 'failed'; error: string }
  | { status: 'skipped'; error: string };

/** Claims due rows for this worker alone: `skip locked` lets several processes share the outbox. */
async function claimDue(db: Database, now: Date, limit: number): Promise<ClaimedRow[]> {
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS).toISOString();
  return selectRows<ClaimedRow>(
    db,
    sql`with due as (
      select id from mail_outbox
      where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
      order by next_attempt_at, created_at
      limit ${limit}
      for update skip locked
    )
    update mail_outbox m set attempts = m.attempts + 1, next_attempt_at = ${leaseUntil}::timestamptz
    from due where m.id = due.id
    returning m.id, m.recipient, m.locale, m.kind, m.params, m.link, m.attempts,
      (select u.display_name from notifications n join users u on u.id = n.user_id
        where n.id = m.notification_id) as "recipientName",
      (select u.active from notifications n join users u on u.id = n.user_id
        where n.id = m.notification_id) as "recipientActive"`,
  );
}

/** Records how an attempt ended, unless another worker has taken the row since (its lease ran out). */
async function settle(db: Database, row: ClaimedRow, outcome: Outcome, now: Date): Promise<void> {
  const at = now.toISOString();
  const set =
    outcome.status === 'sent'
      ? sql`status = 'sent', sent_at = ${at}::timestamptz, last_error = ''`
      : outcome.status === 'retrying'
        ? sql`next_attempt_at = ${new Date(now.getTime() + outcome.delayMs).toISOString()}::timestamptz,
            last_error = ${outcome.error}`
        : sql`status = ${outcome.status}, last_error = ${outcome.error}`;
  await db.execute(
    sql`update mail_outbox set ${set}
      where id = ${row.id}::uuid and status = 'pending' and attempts = ${row.attempts}`,
  );
}

function toMailEvent(row: ClaimedRow): NotificationMailEvent {
  if (!isMailKind(row.kind)) throw new Error(`Unknown notification kind "${row.kind}"`);
  const locale: Locale = (locales as readonly string[]).includes(row.locale) ? (row.locale as Locale) : 'en';
  const params = typeof row.params === 'object' && row.params !== null ? row.params : {};
  // The params were written for this kind by notify(), whose type ties them together.
  return {
    ...params,
    kind: row.kind,
    locale,
    recipientName: row.recipientName ?? row.recipient,
    link: row.link,
  } as NotificationMailEvent;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Sends the e-mail outbox after the commit of the events that filled it: each row rendered in its
 * recipient's language with their current display name, retried with a growing delay while the SMTP
 * server's answer is temporary, marked failed when it is permanent or after the last attempt. Errors
 * are logged and kept on the row (`last_error`), never thrown: the SMTP server being down is no
 * reason for the process to stop.
 */
export function createMailWorker(deps: {
  db: Database;
  mailer: Mailer;
  publicUrl: string;
  log: FastifyBaseLogger;
}) {
  const { db, mailer, publicUrl, log } = deps;

  async function attempt(row: ClaimedRow): Promise<Outcome> {
    if (row.recipientActive === false)
      return { status: 'skipped', error: 'the recipient’s account is deactivated' };
    let message: ReturnType<typeof composeNotificationMail>;
    try {
      message = composeNotificationMail(row.recipient, toMailEvent(row), publicUrl);
    } catch (error) {
      return { status: 'failed', error: `not rendered: ${errorText(error)}` };
    }
    try {
      await mailer.send(message);
      return { status: 'sent' };
    } catch (error) {
      const retryable = !(error instanceof MailDeliveryError) || error.retryable;
      if (retryable && row.attempts < MAX_MAIL_ATTEMPTS) {
        return { status: 'retrying', error: errorText(error), delayMs: retryDelayMs(row.attempts) };
      }
      return { status: 'failed', error: errorText(error) };
    }
  }

  /** With e-mail off, what is due is marked skipped at once, so the outbox does not grow forever. */
  async function skipAll(now: Date): Promise<number> {
    const rows = await selectRows<{ id: string }>(
      db,
      sql`update mail_outbox set status = 'skipped', last_error = 'e-mail is off (no ENTENTE_SMTP_URL)'
        where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz returning id`,
    );
    return rows.length;
  }

  return {
    /** Sends what is due; once `signal` is aborted (shutdown), claims nothing more. */
    async deliverDue(clock: Clock, signal?: AbortSignal): Promise<MailDeliveryReport> {
      const report: MailDeliveryReport = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
      if (!mailer.enabled) {
        report.skipped = await skipAll(clock.now());
        return report;
      }
      let handled = 0;
      while (handled < RUN_LIMIT && !signal?.aborted) {
        const rows = await claimDue(db, clock.now(), Math.min(BATCH_SIZE, RUN_LIMIT - handled));
        handled += rows.length;
        // The pool sends a batch over a few connections; each row is settled as soon as it is done.
        await Promise.all(
          rows.map(async (row) => {
            const outcome = await attempt(row);
            await settle(db, row, outcome, clock.now());
            report[outcome.status] += 1;
            if (outcome.status === 'retrying') {
              log.warn(
                {
                  outboxId: row.id,
                  kind: row.kind,
                  attempt: row.attempts,
                  retryInMs: outcome.delayMs,
                  err: outcome.error,
                },
                'notification e-mail not sent; will retry',
              );
            } else if (outcome.status === 'failed') {
              log.error(
                { outboxId: row.id, kind: row.kind, attempt: row.attempts, err: outcome.error },
                'notification e-mail not sent; given up',
              );
            }
          }),
        );
        if (rows.length < BATCH_SIZE) break;
      }
      return report;
    },
  };
}

export type MailWorker = ReturnType<typeof createMailWorker>;
