import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, mailOutbox, nominationReports } from '../../db/schema';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import type { Nomination } from './nominations.schemas';
import {
  decide,
  ifMatch,
  nominated,
  notificationRows,
  openIteration,
  readNomination,
  signInNew,
} from './nominations.test-support';

/** Attendance, feedback reports and erasure: what follows the decisions. */
describe.each(drivers)('after the decisions, on %s', (driver) => {
  let world: World;
  let staff: Caller;
  let liaison: Caller;
  let georgia: Caller;
  let provider: Caller;
  let otherProvider: Caller;
  let start: number;

  /** An accepted participant of an iteration from 7 to 11 December 2026 (the clock says 24 November). */
  const participant = async (overrides: Record<string, unknown> = {}) => {
    const { iteration } = await openIteration(world, staff, {
      startsOn: '2026-12-07',
      endsOn: '2026-12-11',
      nominationDeadline: '2026-11-30',
    });
    return nominated(world, liaison, iteration.id, overrides);
  };
  const signInAll = async () => {
    staff = await signIn(world.app, world.users.staff_officer);
    liaison = await signIn(world.app, world.users.partner_liaison);
    georgia = await signIn(world.app, 'georgia.liaison@test');
    provider = await signIn(world.app, world.users.activity_provider);
    otherProvider = await signIn(world.app, 'ccdcoe.provider@test');
  };
  /** Two weeks on: the sessions of 24 November have expired, so everyone signs in again. */
  const duringTheCourse = async () => {
    world.clock.set(Date.parse('2026-12-08T10:00:00Z'));
    await signInAll();
  };
  const attend = (caller: Caller, n: Nomination, body: object) =>
    world.app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${n.id}/attendance`,
      headers: { ...caller.write, ...ifMatch(n) },
      payload: body,
    });
  const upload = (caller: Caller, n: { id: string }, type: string, body: Buffer, fileName?: string) =>
    world.app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${n.id}/reports${fileName ? `?fileName=${encodeURIComponent(fileName)}` : ''}`,
      headers: { ...caller.write, 'content-type': type },
      payload: body,
    });
  const erase = (caller: Caller, n: { id: string; version: number }) =>
    world.app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${n.id}/erase`,
      headers: { ...caller.write, ...ifMatch(n) },
    });
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

  beforeAll(async () => {
    world = await createWorld(driver);
    start = world.clock.now().getTime();
    await signInNew(world, 'ccdcoe.provider@test', 'activity_provider', {
      providerId: world.providers.get('CCDCOE')!,
    });
    await signInAll();
  });
  afterEach(async () => {
    world.clock.set(start);
    await signInAll();
  });
  afterAll(() => world?.close());

  it('records attendance of accepted participants once the iteration has begun', async () => {
    const n = await participant();
    const early = await attend(provider, n, { attendance: 'attended', completed: true });
    expect([early.statusCode, problem(early).code]).toEqual([422, 'nomination.not_started']);
    await duringTheCourse();
    const contradiction = await attend(provider, n, { attendance: 'absent', completed: true });
    expect([contradiction.statusCode, problem(contradiction).code]).toEqual([
      422,
      'nomination.completed_absent',
    ]);
    expect((await attend(otherProvider, n, { attendance: 'attended', completed: true })).statusCode).toBe(
      404,
    );
    expect((await attend(liaison, n, { attendance: 'attended', completed: true })).statusCode).toBe(403);
    const done = await attend(provider, n, { attendance: 'attended', completed: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      attendance: 'attended',
      completed: true,
      status: 'accepted',
      version: 2,
    });
    const stale = await attend(staff, n, { attendance: 'absent', completed: false });
    expect(stale.statusCode).toBe(412);
    expect((await readNomination(world, liaison, n.id)).json()).toMatchObject({ attendance: 'attended' });
  });

  it('records attendance for accepted participants only', async () => {
    const { iteration } = await openIteration(world, staff, {
      secondApproval: true,
      startsOn: '2026-12-07',
      endsOn: '2026-12-11',
      nominationDeadline: null,
    });
    const pending = await nominated(world, liaison, iteration.id);
    await duringTheCourse();
    const refused = await attend(staff, pending, { attendance: 'attended', completed: false });
    expect([refused.statusCode, problem(refused).code]).toEqual([409, 'nomination.not_accepted']);
  });

  it('keeps feedback reports of the types taken and gives them back as they came', async () => {
    const n = await participant();
    expect((await upload(provider, n, 'application/pdf', pdf)).statusCode).toBe(422);
    await duringTheCourse();
    const added = await upload(provider, n, 'application/pdf', pdf, 'Rapport d’évaluation.pdf');
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      fileName: 'Rapport d’évaluation.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    expect(added.headers.location).toBe(`/api/v1/nominations/${n.id}/reports/${added.json().id}`);
    world.clock.advance(60_000);
    const text = await upload(staff, n, 'text/plain; charset=utf-8', Buffer.from('Très utile.\n'));
    expect(text.json()).toMatchObject({ fileName: 'report.txt', contentType: 'text/plain' });

    const detail = await readNomination(world, liaison, n.id);
    expect(detail.json().reports.map((r: { fileName: string }) => r.fileName)).toEqual([
      'Rapport d’évaluation.pdf',
      'report.txt',
    ]);
    const download = await world.app.inject({
      url: added.headers.location as string,
      headers: liaison.headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Rapport d__valuation.pdf"; filename*=UTF-8''Rapport%20d%E2%80%99%C3%A9valuation.pdf`,
    );
    expect(download.rawPayload.equals(pdf)).toBe(true);
    for (const caller of [georgia, otherProvider]) {
      const foreign = await world.app.inject({
        url: added.headers.location as string,
        headers: caller.headers,
      });
      expect(foreign.statusCode).toBe(404);
    }
  });

  it('refuses other file types, disguised files, empty and oversized ones, writing nothing', async () => {
    const n = await participant();
    await duringTheCourse();
    const image = await upload(provider, n, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect([image.statusCode, problem(image).code]).toEqual([415, 'report.unsupported_type']);
    const json = await upload(provider, n, 'application/json', Buffer.from('{"a":1}'));
    expect(json.statusCode).toBe(415);
    const disguised = await upload(provider, n, 'application/pdf', Buffer.from('MZ executable'));
    expect([disguised.statusCode, problem(disguised).code]).toEqual([415, 'report.unsupported_type']);
    const docx = await upload(
      provider,
      n,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      pdf,
    );
    expect(docx.statusCode).toBe(415);
    const empty = await upload(provider, n, 'text/plain', Buffer.alloc(0));
    expect([empty.statusCode, problem(empty).code]).toEqual([422, 'report.empty']);
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await upload(provider, n, 'application/pdf', big);
    expect([tooLarge.statusCode, problem(tooLarge).code]).toEqual([413, 'report.too_large']);
    expect((await upload(liaison, n, 'application/pdf', pdf)).statusCode).toBe(403);
    expect((await upload(otherProvider, n, 'application/pdf', pdf)).statusCode).toBe(404);
    const stored = await world.database.db
      .select()
      .from(nominationReports)
      .where(eq(nominationReports.nominationId, n.id));
    expect(stored).toEqual([]);
  });

  it('erases the personal data on request, keeping the counts', async () => {
    const { iteration } = await openIteration(world, staff, {
      seats: 1,
      startsOn: '2026-12-07',
      endsOn: '2026-12-11',
      nominationDeadline: '2026-11-30',
    });
    const seated = await nominated(world, liaison, iteration.id, {
      fullName: 'Sato Hanako',
      email: 'h.sato@example.jp',
    });
    const waiting = await nominated(world, liaison, iteration.id, { fullName: 'Ito Ken' });
    const rejected = await decide(world, provider, waiting, 'reject', 'Ito Ken lacks the clearance.');
    expect(rejected.statusCode).toBe(200);
    await duringTheCourse();
    await attend(provider, seated, { attendance: 'attended', completed: true });
    await upload(provider, seated, 'text/plain', Buffer.from('Sato Hanako: excellent course.'));
    const current = (await readNomination(world, liaison, seated.id)).json() as Nomination;

    expect((await erase(georgia, current)).statusCode).toBe(404);
    expect((await erase(provider, current)).statusCode).toBe(403);
    const erased = await erase(liaison, current);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({
      fullName: '',
      rankTitle: '',
      organisation: '',
      email: '',
      nationality: '',
      workingLanguage: '',
      status: 'accepted',
      attendance: 'attended',
      completed: true,
      erasedAt: expect.any(String),
    });
    const detail = (await readNomination(world, staff, seated.id)).json();
    expect(detail.reports).toEqual([]);
    expect(detail.seats).toMatchObject({ offered: 1, accepted: 1 });
    const audit = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, seated.id));
    expect(JSON.stringify(audit)).not.toMatch(/Sato|h\.sato|excellent/);
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['nomination.create', 'nomination.erase']),
    );

    // The rejected one too: its reason named the person, and so did the notification.
    const other = (await readNomination(world, staff, waiting.id)).json() as Nomination;
    expect((await erase(staff, other)).statusCode).toBe(200);
    const told = await notificationRows(world);
    const aboutErased = told.filter((t) =>
      [`/nominations/${seated.id}`, `/nominations/${waiting.id}`].includes(t.link),
    );
    expect(aboutErased.length).toBeGreaterThan(0);
    expect(JSON.stringify(aboutErased)).not.toMatch(/Sato|Ito Ken/);
    expect(JSON.stringify(await world.database.db.select().from(mailOutbox))).not.toMatch(/Sato|Ito Ken/);
    const otherAudit = await world.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, waiting.id));
    expect(JSON.stringify(otherAudit)).not.toMatch(/Ito Ken|clearance/);

    const twice = await erase(staff, { id: seated.id, version: erased.json().version });
    expect([twice.statusCode, problem(twice).code]).toEqual([409, 'nomination.erased']);
    const list = await world.app.inject({
      url: `/api/v1/menu/iterations/${iteration.id}/nominations`,
      headers: staff.headers,
    });
    expect(list.json().seats).toMatchObject({ accepted: 1, free: 0 });
    expect(list.json().items.map((n: Nomination) => n.status)).toEqual(['accepted', 'rejected']);
  });
});
