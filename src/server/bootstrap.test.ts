import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openPglite } from '../db/client';
import { auditEvents, milestones, partners, users } from '../db/schema';
import { FakeClock } from '../test/clock';
import { drivers, openTestDatabase } from '../test/databases';
import { buildApp } from './app';
import { bootstrap } from './bootstrap';

const clock = new FakeClock(Date.parse('2026-11-24T09:00:00Z'));
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-boot-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function signInStatus(
  database: Awaited<ReturnType<typeof openPglite>>,
  email: string,
  password: string,
) {
  const app = await buildApp({
    database,
    clock,
    publicUrl: 'http://localhost',
    sessionHours: 1,
    loginRateLimit: 100,
  });
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  await app.close();
  return response;
}

/** Until the one-time password is changed, only the account itself can be used. */
async function useWithOneTimePassword(database: Awaited<ReturnType<typeof openPglite>>, password: string) {
  const app = await buildApp({
    database,
    clock,
    publicUrl: 'http://localhost',
    sessionHours: 1,
    loginRateLimit: 100,
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: 'admin@entente.local', password },
  });
  const cookie = `entente_session=${login.cookies[0]!.value}`;
  const headers = { cookie, 'x-csrf-token': login.json().csrfToken };
  const blocked = await app.inject({ url: '/api/v1/users', headers });
  const changed = await app.inject({
    method: 'POST',
    url: '/api/v1/me/password',
    headers,
    payload: { currentPassword: password, newPassword: 'my own long password' },
  });
  const allowed = await app.inject({ url: '/api/v1/users', headers });
  await app.close();
  return [blocked.statusCode, changed.statusCode, allowed.statusCode];
}

describe('first start on an empty embedded database', () => {
  it('migrates, loads the demo data once, and prints a one-time administrator password', async () => {
    const dataDir = tempDir();
    const database = await openPglite(join(dataDir, 'pglite'));
    const report = await bootstrap(
      database,
      { admin: undefined, demoData: undefined, dataDir, databaseUrl: undefined },
      clock,
    );

    expect(report.oneTimeAdmin?.email).toBe('admin@entente.local');
    expect(report.oneTimeAdmin?.password).toMatch(/^[\w-]{16}$/);
    const signIn = await signInStatus(database, 'admin@entente.local', report.oneTimeAdmin!.password);
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user.mustChangePassword).toBe(true);
    expect(await useWithOneTimePassword(database, report.oneTimeAdmin!.password)).toEqual([403, 204, 200]);

    // Japan as the seed tells it: the declaration of April 2013 and the programme of 6 May 2014.
    const [japan] = await database.db.select().from(partners).where(eq(partners.isoCode, 'JP'));
    expect(japan).toMatchObject({ nameFr: 'Japon', relationsSinceYear: 1990, releasability: 'public' });
    const japanMilestones = await database.db
      .select()
      .from(milestones)
      .where(eq(milestones.partnerId, japan!.id));
    expect(japanMilestones.map((m) => `${m.occurredOn} ${m.precision} ${m.kind}`)).toEqual(
      expect.arrayContaining(['2013-04-01 month declaration', '2014-05-06 day programme']),
    );
    expect(report.demo?.accounts.map((a) => a.role)).toContain('partner_liaison');
    const credentials = readFileSync(report.demo!.credentialsFile!, 'utf8');
    expect(credentials).toContain(report.demo!.password);
    const demoSignIn = await signInStatus(database, 'japan@demo.entente.example', report.demo!.password);
    expect(demoSignIn.json().user).toMatchObject({ role: 'partner_liaison', partnerId: japan!.id });

    // A second start reuses everything: no second administrator, no second copy of the data.
    const [partnersBefore] = await database.db.select({ n: count() }).from(partners);
    const again = await bootstrap(
      database,
      { admin: undefined, demoData: undefined, dataDir, databaseUrl: undefined },
      clock,
    );
    expect(again).toEqual({});
    const [partnersAfter] = await database.db.select({ n: count() }).from(partners);
    expect(partnersAfter?.n).toBe(partnersBefore?.n);
    await database.close();
  });

  it('creates the administrator from the environment and skips the demo data when told to', async () => {
    const dataDir = tempDir();
    const database = await openPglite(join(dataDir, 'pglite'));
    const admin = { email: 'ops@example.org', password: 'a strong password for ops' };
    const report = await bootstrap(
      database,
      { admin, demoData: false, dataDir, databaseUrl: undefined },
      clock,
    );
    expect(report).toEqual({ createdAdmin: 'ops@example.org' });
    expect((await signInStatus(database, admin.email, admin.password)).statusCode).toBe(200);
    const [partnerCount] = await database.db.select({ n: count() }).from(partners);
    expect(partnerCount?.n).toBe(0);
    const created = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'user.create'));
    expect(created).toHaveLength(1);
    expect(JSON.stringify(created[0]?.after)).not.toContain('passwordHash');
    await database.close();
  });
});

describe.each(drivers)('start-up on %s', (driver) => {
  it('lets several processes start together: one migrates and seeds, the others wait and reuse', async () => {
    const database = await openTestDatabase(driver);
    const config = { admin: undefined, demoData: true, dataDir: tempDir(), databaseUrl: 'postgres://unused' };
    const reports = await Promise.all([
      bootstrap(database, config, clock),
      bootstrap(database, config, clock),
    ]);
    expect(reports.filter((r) => r.demo)).toHaveLength(1);
    expect(reports.filter((r) => r.oneTimeAdmin)).toHaveLength(1);
    const [admins] = await database.db.select({ n: count() }).from(users).where(eq(users.role, 'admin'));
    expect(admins?.n).toBe(1);
    await database.drop();
  });
});
