import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../../core/mail';
import { startTestSmtpServer, type TestSmtpServer } from '../../core/mail-test-server';
import { nominations, notifications, programmeActivities, programmes } from '../../db/schema';
import { systemContext } from '../../seed/demo';
import type { ProgrammeStatus } from '../../shared/enums';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, signIn, TEST_PASSWORD, type World } from '../../test/world';
import { moveActivity, publishedActivity } from '../menu/menu.test-support';
import { insertUser } from '../users/users.service';
import { deadlineReminderLink, sendDeadlineReminders } from './deadline-reminders';
import { userIdOf } from './notifications.test-support';

const DAY = 86_400_000;
// The world's clock starts on 24 November 2026; the default reminder period is 7 days.
const SOON = '2026-11-29';

describe.each(drivers)('nomination deadline reminders on %s', (driver) => {
  let server: TestSmtpServer;
  let mailer: Mailer;
  let world: World;
  let staff: Caller;
  let georgiaProgramme: string;
  const iterations: Record<string, { activityId: string; iterationId: string; code: string }> = {};

  /** An activity of 2027 with one iteration, opened for nominations unless `open` is false. */
  async function activity(
    name: string,
    deadline: string,
    overrides: Record<string, unknown> = {},
    open = true,
  ) {
    const body = {
      year: 2027,
      title: { en: `Reminder course ${name}`, fr: `Cours de rappel ${name}` },
      iterations: [{ startsOn: '2027-01-11', endsOn: '2027-01-15', seats: 10, nominationDeadline: deadline }],
      ...overrides,
    };
    const published = await publishedActivity(world, staff, body);
    const activity = open ? await moveActivity(world, staff, published, 'open') : published;
    iterations[name] = {
      activityId: activity.id,
      iterationId: activity.iterations[0]!.id,
      code: activity.code,
    };
    return activity;
  }

  async function programme(partnerId: string, status: ProgrammeStatus, names: string[]) {
    const [row] = await world.database.db
      .insert(programmes)
      .values({ partnerId, lineageId: randomUUID(), startsOn: '2026-01-01', endsOn: '2028-12-31', status })
      .returning();
    await world.database.db
      .insert(programmeActivities)
      .values(names.map((name) => ({ programmeId: row!.id, activityId: iterations[name]!.activityId })));
    return row!.id;
  }

  async function remindersOf(email: string) {
    return world.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, await userIdOf(world, email)),
          eq(notifications.kind, 'nomination.deadline'),
        ),
      );
  }

  const linkOf = (name: string) =>
    deadlineReminderLink(iterations[name]!.activityId, iterations[name]!.iterationId);

  beforeAll(async () => {
    server = await startTestSmtpServer();
    mailer = createMailer({ smtpUrl: server.url, from: 'Entente <no-reply@entente.invalid>' });
    world = await createWorld(driver, { mailer });
    staff = await signIn(world.app, world.users.staff_officer);
    await world.database.db.transaction((tx) =>
      insertUser(tx, systemContext, world.clock, {
        email: 'japan.second@test',
        displayName: 'Kenji Mori',
        role: 'partner_liaison',
        locale: 'fr',
        password: TEST_PASSWORD,
        mustChangePassword: false,
        partnerId: world.partners.japan,
      }),
    );

    await activity('due', SOON);
    await activity('later', '2026-12-20');
    await activity('nominated', SOON);
    await activity('not-open', SOON, {}, false);
    await activity('for-georgia-only', SOON, {
      eligibility: { kind: 'partners', frameworkIds: [], partnerIds: [world.partners.georgia] },
    });
    await activity('passed', '2026-11-23');
    await moveActivity(world, staff, await activity('cancelled', SOON), 'cancelled');

    const all = ['due', 'later', 'nominated', 'not-open', 'for-georgia-only', 'passed', 'cancelled'];
    await programme(world.partners.japan, 'agreed', all);
    // A superseded and a draft programme of Georgia's do not count; the draft is agreed later on.
    await programme(world.partners.georgia, 'superseded', ['due']);
    georgiaProgramme = await programme(world.partners.georgia, 'draft', ['due', 'for-georgia-only']);
    await world.database.db.insert(nominations).values({
      iterationId: iterations.nominated!.iterationId,
      partnerId: world.partners.japan,
      fullName: 'Haruto Sato',
      email: 'haruto.sato@example.jp',
      workingLanguage: 'en',
      nationality: 'JP',
      status: 'waitlisted',
    });
  });
  afterAll(async () => {
    await world?.close();
    await mailer?.close();
    await server?.close();
  });

  it('reminds each liaison of a partner that planned the activity and nominated nobody, by mail in their language', async () => {
    const result = await world.app.jobs.runDueJobs(world.clock.now());
    expect(result.errors).toEqual([]);
    expect(result.deadlineReminders).toBe(2);
    expect(result.mail?.sent).toBe(2);

    for (const email of [world.users.partner_liaison, 'japan.second@test']) {
      const reminders = await remindersOf(email);
      expect(reminders.map((row) => row.link)).toEqual([linkOf('due')]);
    }
    expect(await remindersOf('georgia.liaison@test')).toEqual([]);

    const mails = await server.waitFor(2);
    const en = mails.find((mail) => mail.envelope.to[0] === world.users.partner_liaison);
    expect(en?.parsed.subject).toBe(
      `Nomination deadline approaching: ${iterations.due!.code}, 29 November 2026`,
    );
    expect(en?.parsed.text).toContain(
      `Nominations for ${iterations.due!.code} Reminder course due close on 29 November 2026.`,
    );
    expect(en?.parsed.text).toContain(`http://localhost:8080${linkOf('due')}`);
    const fr = mails.find((mail) => mail.envelope.to[0] === 'japan.second@test');
    expect(fr?.parsed.subject).toBe(
      `Date limite de candidature proche : ${iterations.due!.code}, 29 novembre 2026`,
    );
    expect(fr?.parsed.text).toContain('Bonjour Kenji Mori,');
    expect(fr?.parsed.text).toContain('Cours de rappel due seront closes le 29 novembre 2026.');

    const liaison = await signIn(world.app, world.users.partner_liaison);
    const bell = await world.app.inject({ url: '/api/v1/me/notifications', headers: liaison.headers });
    expect(bell.json().items[0]).toMatchObject({
      kind: 'nomination.deadline',
      title: `Nomination deadline approaching: ${iterations.due!.code}, 29 November 2026`,
      link: linkOf('due'),
    });
  });

  it('reminds once only, however often the job runs', async () => {
    expect(await sendDeadlineReminders(world.database.db, world.clock, 7)).toBe(0);
    world.clock.advance(2 * 3_600_000);
    const result = await world.app.jobs.runDueJobs(world.clock.now());
    expect(result.ran).toContain('deadlineReminders');
    expect(result.deadlineReminders).toBe(0);
    expect(await remindersOf(world.users.partner_liaison)).toHaveLength(1);
    expect(server.received).toHaveLength(2);
  });

  it('reminds a liaison who joins later, and a partner whose programme is agreed later, once each', async () => {
    await world.database.db.transaction((tx) =>
      insertUser(tx, systemContext, world.clock, {
        email: 'japan.third@test',
        displayName: 'Yuki Ito',
        role: 'partner_liaison',
        locale: 'en',
        password: TEST_PASSWORD,
        mustChangePassword: false,
        partnerId: world.partners.japan,
      }),
    );
    await world.database.db
      .update(programmes)
      .set({ status: 'agreed' })
      .where(eq(programmes.id, georgiaProgramme));
    expect(await sendDeadlineReminders(world.database.db, world.clock, 7)).toBe(3);
    expect((await remindersOf('japan.third@test')).map((row) => row.link)).toEqual([linkOf('due')]);
    expect((await remindersOf('georgia.liaison@test')).map((row) => row.link).sort()).toEqual(
      [linkOf('due'), linkOf('for-georgia-only')].sort(),
    );
    expect(await remindersOf(world.users.partner_liaison)).toHaveLength(1);
    expect(await sendDeadlineReminders(world.database.db, world.clock, 7)).toBe(0);
  });

  it('reaches further ahead with a longer period, and never reminds of a passed deadline', async () => {
    expect(await sendDeadlineReminders(world.database.db, world.clock, 30)).toBe(3);
    expect((await remindersOf(world.users.partner_liaison)).map((row) => row.link)).toEqual(
      expect.arrayContaining([linkOf('later')]),
    );
    world.clock.advance(60 * DAY);
    expect(await sendDeadlineReminders(world.database.db, world.clock, 60)).toBe(0);
    const links = (await remindersOf(world.users.partner_liaison)).map((row) => row.link);
    for (const name of ['nominated', 'not-open', 'for-georgia-only', 'passed', 'cancelled']) {
      expect(links, name).not.toContain(linkOf(name));
    }
  });
});
