import type { LightMyRequestResponse } from 'fastify';
import type { Mailer } from '../core/mail';
import type { DatabaseHandle } from '../db/client';
import { applyPartnerUpdate } from '../modules/partners/partners.service';
import type { MoneySettings } from '../modules/trust-funds/tf-money';
import { insertUser } from '../modules/users/users.service';
import { seedPartner, seedTaxonomies, systemContext } from '../seed/demo';
import type { DemoPartner } from '../seed/demo-partners';
import { type App, buildApp } from '../server/app';
import type { JobSettings } from '../server/jobs';
import type { Role } from '../shared/enums';
import { FakeClock } from './clock';
import { type Driver, openTestDatabase } from './databases';

export const TEST_PASSWORD = 'test-password-2026';

const partner = (isoCode: string, en: string, fr: string, extra: Partial<DemoPartner> = {}): DemoPartner => ({
  isoCode,
  kind: 'country',
  name: { en, fr },
  status: 'active',
  relationsSinceYear: 1995,
  releasability: 'public',
  frameworks: [],
  ...extra,
});

/** Each test file's own small world: taxonomies, five partners of every releasability, one user per role. */
const worldPartners = {
  japan: partner('JP', 'Japan', 'Japon', {
    frameworks: [['PAG', null]],
    areas: ['CYBER', 'CRISIS'],
    relationsSinceYear: 1990,
  }),
  georgia: partner('GE', 'Georgia', 'Géorgie', { frameworks: [['PFP', '1994-03-23']], areas: ['CRISIS'] }),
  emirates: partner('AE', 'United Arab Emirates', 'Émirats arabes unis', {
    frameworks: [['ICI', '2005-09-01']],
  }),
  russia: partner('RU', 'Russia', 'Russie', {
    status: 'suspended',
    releasability: 'internal',
    frameworks: [['PFP', null]],
  }),
  // Visible to Japan's liaison only (besides the alliance's staff).
  mongolia: partner('MN', 'Mongolia', 'Mongolie', { frameworks: [['PAG', null]] }),
};
export type WorldPartner = keyof typeof worldPartners;

export const worldRoles = [
  'admin',
  'staff_officer',
  'trust_fund_manager',
  'activity_provider',
  'partner_liaison',
  'viewer',
] as const satisfies readonly Role[];

export interface World {
  driver: Driver;
  app: App;
  database: DatabaseHandle;
  clock: FakeClock;
  partners: Record<WorldPartner, string>;
  frameworks: Map<string, string>;
  areas: Map<string, string>;
  providers: Map<string, string>;
  /** role → e-mail; the partner liaison is Japan's, `georgia.liaison@test` is Georgia's. */
  users: Record<Role, string>;
  close(): Promise<void>;
}

export interface WorldOptions {
  loginRateLimit?: number;
  /** Default: the disabled mailer (outbox rows are marked skipped). */
  mailer?: Mailer;
  jobs?: JobSettings;
  /** Default: EUR, rates up to 7 days old, a disbursement beyond the balance refused. */
  money?: MoneySettings;
}

export async function createWorld(driver: Driver, options: WorldOptions = {}): Promise<World> {
  const database = await openTestDatabase(driver);
  const clock = new FakeClock(Date.parse('2026-11-24T09:00:00Z'));
  const ids = await database.db.transaction(async (tx) => {
    const ids = { ...(await seedTaxonomies(tx, clock)), partners: new Map<string, string>() };
    for (const p of Object.values(worldPartners)) await seedPartner(tx, clock, ids, p);
    return ids;
  });
  const partners = Object.fromEntries(
    Object.entries(worldPartners).map(([key, p]) => [key, ids.partners.get(p.isoCode!)!]),
  ) as Record<WorldPartner, string>;
  await database.db.transaction((tx) =>
    applyPartnerUpdate(tx, systemContext, clock, partners.mongolia, 1, {
      releasability: 'releasable',
      releasableTo: [partners.japan, partners.mongolia],
    }),
  );

  const users = {} as Record<Role, string>;
  await database.db.transaction(async (tx) => {
    for (const role of worldRoles) {
      const email = `${role.replace('_', '.')}@test`;
      users[role] = email;
      await insertUser(tx, systemContext, clock, {
        email,
        displayName: role,
        role,
        locale: 'en',
        password: TEST_PASSWORD,
        mustChangePassword: false,
        partnerId: role === 'partner_liaison' ? partners.japan : null,
        providerId: role === 'activity_provider' ? ids.providers.get('NSO') : null,
      });
    }
    await insertUser(tx, systemContext, clock, {
      email: 'georgia.liaison@test',
      displayName: 'Georgia liaison',
      role: 'partner_liaison',
      locale: 'fr',
      password: TEST_PASSWORD,
      mustChangePassword: false,
      partnerId: partners.georgia,
    });
  });

  const app = await buildApp({
    database,
    clock,
    publicUrl: 'http://localhost:8080',
    sessionHours: 12,
    loginRateLimit: options.loginRateLimit ?? 10_000,
    ...(options.mailer ? { mailer: options.mailer } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.money ? { money: options.money } : {}),
  });
  await app.ready();
  return {
    driver,
    app,
    database,
    clock,
    partners,
    frameworks: ids.frameworks,
    areas: ids.areas,
    providers: ids.providers,
    users,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export interface Caller {
  headers: Record<string, string>;
  /** Headers for a state-changing request (adds the CSRF token). */
  write: Record<string, string>;
}

export const anonymous: Caller = { headers: {}, write: {} };

/** Signs in through the API, as the web app does, and returns the cookie and CSRF headers. */
export async function signIn(app: App, email: string, password = TEST_PASSWORD): Promise<Caller> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'entente_session');
  const headers = { cookie: `entente_session=${cookie!.value}` };
  return { headers, write: { ...headers, 'x-csrf-token': response.json().csrfToken } };
}

export function problem(response: LightMyRequestResponse) {
  return response.json() as {
    code: string;
    title: string;
    detail: string;
    status: number;
    errors: { path: string; code: string; message: string }[];
  };
}
