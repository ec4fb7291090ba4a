import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../core/clock';
import { createMailer } from '../core/mail';
import { startTestSmtpServer } from '../core/mail-test-server';
import type { Database } from '../db/client';
import { nominations } from '../db/schema';
import { moveActivity, publishedActivity } from '../modules/menu/menu.test-support';
import { FakeClock } from '../test/clock';
import { type Driver, drivers, openTestDatabase } from '../test/databases';
import { createWorld, signIn } from '../test/world';
import { createJobRunner, type ReleaseSeats } from './jobs';

const MINUTE = 60_000;

function recordingLog() {
  const lines: { level: string; obj: unknown; msg: unknown }[] = [];
  const at = (level: string) => (obj: unknown, msg?: unknown) => {
    lines.push({ level, obj, msg });
  };
  const log = { warn: at('warn'), error: at('error'), info: at('info'), debug: at('debug') };
  return { lines, log: log as never };
}

describe.each(drivers)('the scheduled jobs runner on %s', (driver: Driver) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const disabled = createMailer({ smtpUrl: undefined, from: '' });

  beforeAll(async () => {
    database = await openTestDatabase(driver);
  });
  afterAll(() => database?.drop());

  function runner(releaseSeats: ReleaseSeats, options: { pollMs?: number } = {}) {
    const { lines, log } = recordingLog();
    const clock = new FakeClock(Date.parse('2026-11-24T09:00:00Z'));
    const jobs = createJobRunner({
      db: database.db,
      clock,
      mailer: disabled,
      publicUrl: 'http://localhost:8080',
      log,
      settings: { seatReleaseWeeks: 3, deadlineReminderDays: 7, ...options },
      releaseSeats,
    });
    return { jobs, lines, clock };
  }

  it('runs every job the first time, then each when its period has passed, the mail every time', async () => {
    const calls: { at: string; weeks: number; sameDb: boolean }[] = [];
    const { jobs } = runner(async (db: Database, clock: Clock, weeks: number) => {
      calls.push({ at: clock.now().toISOString(), weeks, sameDb: db === database.db });
      return { released: 0 };
    });
    const start = Date.parse('2026-11-24T09:00:00Z');
    const at = (minutes: number) => new Date(start + minutes * MINUTE);

    const first = await jobs.runDueJobs(at(0));
    expect(first.ran).toEqual(['seatRelease', 'deadlineReminders', 'mail']);
    expect(first).toMatchObject({ seatRelease: { released: 0 }, deadlineReminders: 0, errors: [] });
    expect(first.mail).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
    expect(calls).toEqual([{ at: at(0).toISOString(), weeks: 3, sameDb: true }]);

    expect((await jobs.runDueJobs(at(1))).ran).toEqual(['mail']);
    expect((await jobs.runDueJobs(at(15))).ran).toEqual(['seatRelease', 'mail']);
    expect((await jobs.runDueJobs(at(20))).ran).toEqual(['mail']);
    expect((await jobs.runDueJobs(at(60))).ran).toEqual(['seatRelease', 'deadlineReminders', 'mail']);
    expect(calls.map((call) => call.at)).toEqual([at(0), at(15), at(60)].map((date) => date.toISOString()));
  });

  it('logs a failing job and runs the others all the same; the failed one runs again at its next turn', async () => {
    let fail = true;
    const { jobs, lines } = runner(async () => {
      if (fail) throw new Error('database restarting');
      return 'ok';
    });
    const now = Date.parse('2026-11-24T09:00:00Z');
    const first = await jobs.runDueJobs(new Date(now));
    expect(first.ran).toEqual(['seatRelease', 'deadlineReminders', 'mail']);
    expect(first.errors).toEqual([{ job: 'seatRelease', message: 'database restarting' }]);
    expect(first.deadlineReminders).toBe(0);
    expect(lines.filter((line) => line.level === 'error')).toEqual([
      { level: 'error', obj: expect.objectContaining({ job: 'seatRelease' }), msg: 'scheduled job failed' },
    ]);
    fail = false;
    const later = await jobs.runDueJobs(new Date(now + 15 * MINUTE));
    expect(later).toMatchObject({ seatRelease: 'ok', errors: [] });
  });

  it('runs on its own once started, and stop() waits for the run in progress', async () => {
    let runs = 0;
    let finished = 0;
    const { jobs } = runner(
      async () => {
        runs += 1;
        await new Promise((resolve) => setTimeout(resolve, 150));
        finished += 1;
      },
      { pollMs: 20 },
    );
    jobs.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBe(1);
    await jobs.stop();
    expect(finished).toBe(1);
    // Stopped for good: the timer no longer fires.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runs).toBe(1);
  });

  it('does not let a job that hangs hold the shutdown past its grace period', async () => {
    const { jobs } = runner(() => new Promise(() => {}), { pollMs: 1000 });
    jobs.start();
    const started = Date.now();
    await jobs.stop(100);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe.each(drivers)('the scheduler with the real seat release on %s', (driver: Driver) => {
  it('releases the unfilled seats of an iteration starting soon and mails the promotion in the same run', async () => {
    const server = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: server.url, from: 'Entente <no-reply@entente.invalid>' });
    const world = await createWorld(driver, { mailer });
    try {
      const staff = await signIn(world.app, world.users.staff_officer);
      // The world's clock says 24 November 2026: this run starts within the default two weeks.
      const published = await publishedActivity(world, staff, {
        iterations: [
          { startsOn: '2026-12-01', endsOn: '2026-12-04', seats: 2, nominationDeadline: '2026-11-20' },
        ],
      });
      const activity = await moveActivity(world, staff, published, 'open');
      const [waiting] = await world.database.db
        .insert(nominations)
        .values({
          iterationId: activity.iterations[0]!.id,
          partnerId: world.partners.japan,
          fullName: 'Haruto Sato',
          email: 'haruto.sato@example.jp',
          workingLanguage: 'en',
          nationality: 'JP',
          status: 'waitlisted',
        })
        .returning();

      const result = await world.app.jobs.runDueJobs(world.clock.now());
      expect(result.errors).toEqual([]);
      expect(result.seatRelease).toEqual({ iterations: 1, promoted: 1 });
      expect(result.mail?.sent).toBe(1);
      const [mail] = await server.waitFor(1);
      expect(mail?.envelope.to).toEqual([world.users.partner_liaison]);
      expect(mail?.parsed.subject).toBe(`Seat offered from the waiting list: Haruto Sato, ${activity.code}`);
      const [row] = await world.database.db.select().from(nominations).where(eq(nominations.id, waiting!.id));
      expect(row?.status).toBe('accepted');
      // Released once: the next turn of the job finds nothing more to do.
      world.clock.advance(20 * MINUTE);
      expect((await world.app.jobs.runDueJobs(world.clock.now())).seatRelease).toEqual({
        iterations: 0,
        promoted: 0,
      });
    } finally {
      await world.close();
      await mailer.close();
      await server.close();
    }
  });
});
