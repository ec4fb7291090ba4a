import { createServer } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../../core/mail';
import { startTestSmtpServer, type TestSmtpServer } from '../../core/mail-test-server';
import { mailOutbox, notifications, users } from '../../db/schema';
import { drivers } from '../../test/databases';
import { createWorld, signIn, type World } from '../../test/world';
import { createMailWorker, MAX_MAIL_ATTEMPTS, retryDelayMs } from './mail-worker';
import { acceptedEvent, outboxRows, tell, userIdOf } from './notifications.test-support';
import { notify } from './notify';

const from = 'Entente <no-reply@entente.invalid>';
const GEORGIA = 'georgia.liaison@test';
const silent = { warn() {}, error() {}, info() {} } as never;

/** A local port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(drivers)('notification e-mails through a real SMTP server on %s', (driver) => {
  let server: TestSmtpServer;
  let mailer: Mailer;
  let world: World;

  beforeAll(async () => {
    server = await startTestSmtpServer({
      refuse: (recipient) => {
        if (recipient.startsWith('trust.')) return { responseCode: 550, message: 'No such mailbox' };
        if (recipient.startsWith('viewer@')) return { responseCode: 451, message: 'Greylisted, try later' };
        return undefined;
      },
    });
    mailer = createMailer({ smtpUrl: server.url, from });
    world = await createWorld(driver, {
      mailer,
      jobs: { seatReleaseWeeks: 2, deadlineReminderDays: 7, pollMs: 3_600_000 },
    });
  });
  afterAll(async () => {
    await world?.close();
    await mailer?.close();
    await server?.close();
  });

  const received = (to: string) => server.received.filter((mail) => mail.envelope.to.includes(to));
  const run = () => world.app.jobs.runDueJobs(world.clock.now());

  it('mails a committed event to an English and a French user, each in their language', async () => {
    const event = acceptedEvent('Haruto Sato');
    await world.database.db.transaction(async (tx) => {
      await notify(tx, world.clock, { kind: 'partner_liaisons', partnerId: world.partners.japan }, event);
      await notify(tx, world.clock, { kind: 'partner_liaisons', partnerId: world.partners.georgia }, event);
    });
    const result = await run();
    expect(result.errors).toEqual([]);
    expect(result.mail).toEqual({ sent: 2, retrying: 0, failed: 0, skipped: 0 });
    await server.waitFor(2);

    const [en] = received(world.users.partner_liaison);
    expect(en?.parsed.subject).toBe('Nomination accepted: Haruto Sato, SEC-101');
    expect(en?.parsed.text).toContain('Dear partner_liaison,');
    expect(en?.parsed.text).toContain(
      'SEC-101 Cyber Security course (starting on 1 September 2027) has been accepted',
    );
    expect(en?.parsed.text).toContain(`Open the nomination: http://localhost:8080${event.link}`);
    expect(en?.parsed.html).toContain(`href="http://localhost:8080${event.link}"`);

    const [fr] = received(GEORGIA);
    expect(fr?.parsed.subject).toBe('Candidature acceptée : Haruto Sato, SEC-101');
    expect(fr?.parsed.text).toContain('Bonjour Georgia liaison,');
    expect(fr?.parsed.text).toContain(
      'Cours de Sécurité informatique (session débutant le 1er septembre 2027)',
    );
    expect(fr?.parsed.html).toContain('<html lang="fr">');

    const rows = await outboxRows(world.database.db);
    expect(rows.map((row) => [row.recipient, row.status, row.attempts, row.lastError])).toEqual(
      expect.arrayContaining([
        [world.users.partner_liaison, 'sent', 1, ''],
        [GEORGIA, 'sent', 1, ''],
      ]),
    );
    expect(rows.every((row) => row.sentAt?.getTime() === world.clock.now().getTime())).toBe(true);
    // Sent once: a second run finds nothing to do.
    expect((await run()).mail).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
    expect(server.received).toHaveLength(2);
  });

  it('greets the recipient by the name they have when the mail goes, not when the event happened', async () => {
    const adminId = await userIdOf(world, world.users.admin);
    await tell(world, { kind: 'users', userIds: [adminId] }, acceptedEvent('Aiko Tanaka'));
    await world.database.db.update(users).set({ displayName: 'Claire Martin' }).where(eq(users.id, adminId));
    await run();
    const [mail] = await server.waitFor(3).then(() => received(world.users.admin));
    expect(mail?.parsed.text).toContain('Dear Claire Martin,');
  });

  it('tells nobody, in the app or by mail, of an event whose transaction rolled back', async () => {
    const before = {
      notifications: await world.database.db.$count(notifications),
      mails: server.received.length,
    };
    const connections = server.connections();
    await expect(
      world.database.db.transaction(async (tx) => {
        await notify(tx, world.clock, { kind: 'staff_officers' }, acceptedEvent('Rolled Back'));
        throw new Error('the write failed after notifying');
      }),
    ).rejects.toThrow('the write failed');
    expect(await world.database.db.$count(notifications)).toBe(before.notifications);
    expect((await outboxRows(world.database.db)).some((row) => row.status === 'pending')).toBe(false);
    expect((await run()).mail?.sent).toBe(0);
    await sleep(100);
    expect(server.received).toHaveLength(before.mails);
    expect(server.connections()).toBe(connections);
  });

  it('gives up at once on a permanent refusal, and retries a temporary one later', async () => {
    await tell(world, { kind: 'users', userIds: [await userIdOf(world, world.users.trust_fund_manager)] });
    await tell(world, { kind: 'users', userIds: [await userIdOf(world, world.users.viewer)] });
    expect((await run()).mail).toEqual({ sent: 0, retrying: 1, failed: 1, skipped: 0 });
    const rows = await outboxRows(world.database.db);
    const refused = rows.find((row) => row.recipient === world.users.trust_fund_manager)!;
    expect(refused).toMatchObject({ status: 'failed', attempts: 1 });
    expect(refused.lastError).toContain('No such mailbox');
    const greylisted = rows.find((row) => row.recipient === world.users.viewer)!;
    expect(greylisted).toMatchObject({ status: 'pending', attempts: 1 });
    expect(greylisted.lastError).toContain('Greylisted');
    expect(greylisted.nextAttemptAt.getTime()).toBe(world.clock.now().getTime() + retryDelayMs(1));
    // Not due yet: nothing is tried before the delay.
    world.clock.advance(retryDelayMs(1) - 1000);
    expect((await run()).mail?.retrying).toBe(0);
    world.clock.advance(1000);
    expect((await run()).mail?.retrying).toBe(1);
  });

  it('sends a mail written meanwhile right after the next successful write, without waiting for the timer', async () => {
    const staff = await signIn(world.app, world.users.staff_officer);
    world.app.jobs.start();
    // Queued behind the first run that start() begins, so that the outbox is empty of due rows after it.
    await world.app.jobs.runDueJobs(world.clock.now());
    const count = server.received.length;
    await tell(world, { kind: 'users', userIds: [await userIdOf(world, world.users.staff_officer)] });
    await sleep(300);
    expect(server.received).toHaveLength(count);
    const write = await world.app.inject({
      method: 'POST',
      url: '/api/v1/me/notifications/read-all',
      headers: staff.write,
    });
    expect(write.statusCode).toBe(200);
    const mails = await server.waitFor(count + 1, 5000);
    expect(mails.at(-1)?.envelope.to).toEqual([world.users.staff_officer]);
  });
});

describe.each(drivers)('several mail workers sharing one outbox on %s', (driver) => {
  let server: TestSmtpServer;
  let mailer: Mailer;
  let world: World;

  beforeAll(async () => {
    server = await startTestSmtpServer();
    mailer = createMailer({ smtpUrl: server.url, from });
    world = await createWorld(driver);
  });
  afterAll(async () => {
    await world?.close();
    await mailer?.close();
    await server?.close();
  });

  const worker = () =>
    createMailWorker({ db: world.database.db, mailer, publicUrl: 'http://localhost:8080', log: silent });

  /** One event for the staff, one for Japan's liaison and one for the viewer, `rounds` times. */
  async function tellMany(rounds: number) {
    const viewerId = await userIdOf(world, world.users.viewer);
    for (let i = 0; i < rounds; i += 1) {
      await world.database.db.transaction(async (tx) => {
        await notify(
          tx,
          world.clock,
          { kind: 'partner_liaisons', partnerId: world.partners.japan },
          acceptedEvent(),
        );
        await notify(tx, world.clock, { kind: 'staff_officers' }, acceptedEvent());
        await notify(tx, world.clock, { kind: 'users', userIds: [viewerId] }, acceptedEvent());
      });
    }
  }

  it('send each message exactly once, however many claim at the same moment', async () => {
    await tellMany(20);
    expect(await world.database.db.$count(mailOutbox)).toBe(60);
    // Three "processes": workers of their own over the same database (PostgreSQL: parallel claims).
    const reports = await Promise.all([worker(), worker(), worker()].map((w) => w.deliverDue(world.clock)));
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(60);
    await server.waitFor(60);
    await sleep(200);
    const sent = server.received.map((mail) => `${mail.envelope.to[0]} ${mail.parsed.subject}`);
    expect(sent).toHaveLength(60);
    expect(new Set(sent).size).toBe(60);
  });

  // Only PostgreSQL has other processes holding rows: PGlite is one connection in one process.
  const onPostgres = driver === 'postgres' ? it : () => undefined;
  onPostgres('leave the rows another process holds to it (skip locked)', async () => {
    await tellMany(2);
    const before = server.received.length;
    await world.database.db.transaction(async (tx) => {
      // Another process is sending the viewer's mails: their rows are locked by its transaction.
      await tx.execute(
        sql`select id from mail_outbox where recipient = ${world.users.viewer} and status = 'pending' for update`,
      );
      const report = await worker().deliverDue(world.clock);
      expect(report.sent).toBe(4);
    });
    await server.waitFor(before + 4);
    expect(server.received.slice(before).map((mail) => mail.envelope.to[0])).not.toContain(
      world.users.viewer,
    );
    expect((await worker().deliverDue(world.clock)).sent).toBe(2);
  });
});

describe.each(drivers)('notification e-mails when SMTP is unreachable or off, on %s', (driver) => {
  it('retries with a growing delay, then marks the mail failed, and the app keeps answering', async () => {
    const port = await closedPort();
    const mailer = createMailer({ smtpUrl: `smtp://entente:hunter2-secret@127.0.0.1:${port}`, from });
    const world = await createWorld(driver, { mailer });
    try {
      await tell(world, { kind: 'partner_liaisons', partnerId: world.partners.japan });
      for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt += 1) {
        const result = await world.app.jobs.runDueJobs(world.clock.now());
        expect(result.errors).toEqual([]);
        const last = attempt === MAX_MAIL_ATTEMPTS;
        expect(result.mail).toEqual({ sent: 0, retrying: last ? 0 : 1, failed: last ? 1 : 0, skipped: 0 });
        const [row] = await outboxRows(world.database.db);
        expect(row).toMatchObject({ attempts: attempt, status: last ? 'failed' : 'pending' });
        expect(row?.lastError).toContain('ECONNREFUSED');
        expect(row?.lastError).not.toContain('hunter2');
        if (!last) world.clock.advance(retryDelayMs(attempt));
      }
      world.clock.advance(24 * 3_600_000);
      expect((await world.app.jobs.runDueJobs(world.clock.now())).mail?.failed).toBe(0);
      // A day of failures later (the clock moved on, so a fresh sign-in), the app answers as ever.
      const liaison = await signIn(world.app, world.users.partner_liaison);
      const bell = await world.app.inject({ url: '/api/v1/me/notifications', headers: liaison.headers });
      expect(bell.statusCode).toBe(200);
      expect(bell.json().unreadCount).toBe(1);
    } finally {
      await world.close();
      await mailer.close();
    }
  });

  it('marks the mail skipped when e-mail is off, and keeps the notification in the app', async () => {
    const world = await createWorld(driver);
    try {
      expect(await tell(world, { kind: 'partner_liaisons', partnerId: world.partners.georgia })).toBe(1);
      const result = await world.app.jobs.runDueJobs(world.clock.now());
      expect(result.mail).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 1 });
      const [row] = await outboxRows(world.database.db);
      expect(row).toMatchObject({ status: 'skipped', attempts: 0, recipient: GEORGIA, locale: 'fr' });
      const georgia = await signIn(world.app, GEORGIA);
      const bell = await world.app.inject({ url: '/api/v1/me/notifications', headers: georgia.headers });
      expect(bell.json().items[0].title).toMatch(/^Candidature acceptée/);
    } finally {
      await world.close();
    }
  });
});
