import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { iatiMessages } from '../../core/messages-iati';
import { buildApp } from '../../server/app';
import { ConfigError, loadConfig } from '../../server/config';
import { drivers } from '../../test/databases';
import { anonymous, type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import {
  activities,
  activity,
  attr,
  child,
  children,
  narratives,
  validateIati,
  values,
} from './fixtures/iati-xml-check';
import { type IatiWorld, iatiWorld } from './iati.test-support';
import { get } from './trust-funds.test-support';

const ref = 'XI-IATI-ENTENTE-DEMO';
const id = {
  pfp: `${ref}-PFP-TF`,
  az: `${ref}-PFP-TF-AZ-UXO`,
  phase: `${ref}-PFP-TF-AZ-UXO-2`,
  internal: `${ref}-PFP-TF-GE-DEPOT`,
  ana: `${ref}-ANATF`,
};

/** Each transaction as [type code, date, value, currency, value date, provider ref, receiver [ref, activity]]. */
const transactionsOf = (a: XMLBuilder) =>
  children(a, 'transaction').map((t) => {
    const { value, currency, valueDate } = values(t);
    const receiver = children(t, 'receiver-org')[0];
    return [
      attr(child(t, 'transaction-type'), 'code'),
      attr(child(t, 'transaction-date'), 'iso-date'),
      value,
      currency,
      valueDate,
      children(t, 'provider-org').map((o) => attr(o, 'ref'))[0] ?? null,
      receiver ? [attr(receiver, 'ref'), attr(receiver, 'receiver-activity-id')] : null,
    ];
  });
const orgsOf = (a: XMLBuilder) =>
  children(a, 'participating-org').map((o) => [attr(o, 'role'), attr(o, 'ref'), narratives(o).en ?? '']);

describe.each(drivers)('the IATI export of trust funds on %s', (driver) => {
  let world: World;
  let manager: Caller;
  let liaison: Caller;
  let w: IatiWorld;

  const file = (caller: Caller, fundId?: string) =>
    get(world, caller, fundId ? `/trust-funds/${fundId}/iati.xml` : '/trust-funds/iati.xml');

  beforeAll(async () => {
    world = await createWorld(driver);
    manager = await signIn(world.app, world.users.trust_fund_manager);
    liaison = await signIn(world.app, world.users.partner_liaison);
    w = await iatiWorld(world, manager);
  });
  afterAll(() => world?.close());

  it('answers a fund with its projects and phases as an XML file that validates against IATI 2.03', async () => {
    const response = await file(manager, w.pfpFund);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="iati-PFP-TF-2026-11-24.xml"');
    const check = validateIati(response.body, 'fund');
    expect(check.stderr).toContain('validates');
    expect(check.status).toBe(0);
    expect([...activities(response.body).keys()]).toEqual([id.pfp, id.az, id.phase, id.internal]);
  });

  it('writes each amount exactly as recorded, with its type, currency, value date, donor and recipient project', async () => {
    const xml = (await file(manager, w.pfpFund)).body;
    const fund = activity(xml, id.pfp);
    expect(transactionsOf(fund)).toEqual([
      ['13', '2014-05-05', '450000000', 'JPY', '2014-05-05', 'XM-DAC-701', null],
      ['11', '2014-05-06', '20000000.00', 'USD', '2014-05-06', 'XM-DAC-701', null],
      ['1', '2014-05-07', '3000000.00', 'EUR', '2014-05-07', 'XM-DAC-302', null],
      ['3', '2014-05-08', '1199999.99', 'EUR', '2014-05-08', null, [null, id.az]],
      ['1', '2014-05-09', '1000000.00', 'USD', '2014-05-09', 'XM-DAC-701', null],
      // No executing agency: the publisher receives it, for the project.
      ['3', '2014-06-02', '100000.00', 'EUR', '2014-06-02', null, [ref, id.internal]],
    ]);
    const [pledge, commitment] = children(fund, 'transaction');
    expect(attr(pledge!, 'ref')).toBe('JP-PLEDGE-2014');
    expect(narratives(child(commitment!, 'provider-org'))).toEqual({ en: 'Japan', fr: 'Japon' });
    expect(narratives(child(commitment!, 'description'))).toEqual({
      en: 'Clearance in Azerbaijan',
      fr: 'Dépollution en Azerbaïdjan',
    });
    // Spending is the project's own.
    expect(transactionsOf(activity(xml, id.az))).toEqual([
      ['4', '2014-05-09', '250000.00', 'EUR', '2014-05-09', null, [null, null]],
    ]);
    expect(attr(child(fund, 'activity-date'), 'iso-date')).toBe('2014-05-05');
    expect(attr(fund, 'default-currency')).toBe('EUR');
  });

  it('keeps the hierarchy fund → project → phase, linked both ways', async () => {
    const all = activities((await file(manager, w.pfpFund)).body);
    const shape = (key: string) => {
      const a = all.get(key)!;
      return {
        hierarchy: attr(a, 'hierarchy'),
        related: children(a, 'related-activity').map((r) => [attr(r, 'type'), attr(r, 'ref')]),
      };
    };
    expect(shape(id.pfp)).toEqual({
      hierarchy: '1',
      related: [
        ['2', id.az],
        ['2', id.internal],
      ],
    });
    expect(shape(id.az)).toEqual({
      hierarchy: '2',
      related: [
        ['1', id.pfp],
        ['2', id.phase],
      ],
    });
    expect(shape(id.phase)).toEqual({ hierarchy: '3', related: [['1', id.az]] });
    expect(attr(child(all.get(id.pfp)!, 'reporting-org'), 'ref')).toBe(ref);
  });

  it('names the organisations by role, the recipient country, the budgets and the results', async () => {
    const xml = (await file(manager, w.pfpFund)).body;
    expect(orgsOf(activity(xml, id.pfp))).toEqual([
      ['1', 'XM-DAC-701', 'Japan'],
      ['1', 'XM-DAC-302', 'United States'],
      ['2', null, 'NATO Support and Procurement Agency'],
    ]);
    const project = activity(xml, id.az);
    expect(orgsOf(project)).toEqual([
      ['1', 'XM-DAC-701', 'Japan'],
      ['2', null, 'NATO Support and Procurement Agency'],
      ['3', 'XM-DAC-302', 'United States'],
      ['4', null, 'Azerbaijan National Agency for Mine Action (ANAMA)'],
    ]);
    expect(attr(child(project, 'recipient-country'), 'code')).toBe('AZ');
    expect(children(project, 'activity-date').map((d) => [attr(d, 'type'), attr(d, 'iso-date')])).toEqual([
      ['2', '2006-05-01'],
      ['3', '2014-12-31'],
    ]);
    expect(
      children(project, 'budget').map((b) => [
        attr(b, 'type'),
        attr(child(b, 'period-start'), 'iso-date'),
        values(b),
      ]),
    ).toEqual([
      ['1', '2006-05-01', { value: '1500000.00', currency: 'EUR', valueDate: '2006-05-01' }],
      ['2', '2006-05-01', { value: '1745000.25', currency: 'EUR', valueDate: '2007-01-15' }],
      ['1', '2007-05-01', { value: '300000.10', currency: 'USD', valueDate: '2007-05-01' }],
    ]);
    const result = child(project, 'result');
    expect(attr(result, 'type')).toBe('2');
    const indicator = child(result, 'indicator');
    expect(narratives(child(indicator, 'description')).en).toBe('Unit of measure: hectares (ha)');
    expect(attr(child(indicator, 'baseline'), 'year')).toBe('2006');
    const period = child(indicator, 'period');
    expect([attr(child(period, 'target'), 'value'), attr(child(period, 'actual'), 'value')]).toEqual([
      '600',
      '571',
    ]);
  });

  it('writes the French narratives beside the English ones, and only those that exist', async () => {
    const xml = (await file(manager, w.pfpFund)).body;
    const fund = activity(xml, id.pfp);
    expect(narratives(child(fund, 'title'))).toEqual({
      en: 'NATO Partnership for Peace Trust Fund',
      fr: 'Fonds d’affectation spéciale du Partenariat pour la paix',
    });
    expect(narratives(child(fund, 'description')).en).toBe(
      'Demilitarisation & safe disposal of <ERW> in partner countries.',
    );
    const project = activity(xml, id.az);
    expect(narratives(child(project, 'title')).fr).toBe(
      'Dépollution des munitions non explosées à Saloglu (Azerbaïdjan)',
    );
    const [, objectives] = children(project, 'description');
    expect(narratives(objectives!)).toEqual({
      en: 'Return 600 ha of land to safe use.',
      fr: 'Rendre 600 ha de terrain à un usage sûr.',
    });
    expect(narratives(child(child(child(project, 'result'), 'indicator'), 'title')).fr).toBe(
      'Superficie dépolluée',
    );
    expect(narratives(child(activity(xml, id.phase), 'title'))).toEqual({
      fr: 'Dépollution en Azerbaïdjan, deuxième phase',
    });
    expect(narratives(child(fund, 'reporting-org')).fr).toBe('Éditeur de démonstration d’Entente');
  });

  it('exports every fund the caller may see in one file', async () => {
    const response = await file(manager);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="iati-activities-2026-11-24.xml"',
    );
    expect(validateIati(response.body, 'all').status).toBe(0);
    expect([...activities(response.body).keys()]).toEqual([id.ana, id.pfp, id.az, id.phase, id.internal]);
    expect(transactionsOf(activity(response.body, id.ana))).toEqual([
      ['11', '2014-05-06', '20000000.00', 'USD', '2014-05-06', 'XM-DAC-701', null],
    ]);
  });

  it('gives a liaison the funds and projects released to it, and of the money its own contributions only', async () => {
    const response = await file(liaison);
    expect(response.statusCode, response.body).toBe(200);
    expect(validateIati(response.body, 'liaison').status).toBe(0);
    expect([...activities(response.body).keys()]).toEqual([id.pfp, id.az, id.phase]);
    const fund = activity(response.body, id.pfp);
    expect(
      transactionsOf(fund).map(([type, , value, currency, , provider]) => [type, value, currency, provider]),
    ).toEqual([
      ['13', '450000000', 'JPY', 'XM-DAC-701'],
      ['11', '20000000.00', 'USD', 'XM-DAC-701'],
      ['1', '1000000.00', 'USD', 'XM-DAC-701'],
    ]);
    expect(orgsOf(fund).filter(([role]) => role === '1')).toEqual([['1', 'XM-DAC-701', 'Japan']]);
    expect(children(fund, 'related-activity').map((r) => attr(r, 'ref'))).toEqual([id.az]);
    expect(children(activity(response.body, id.az), 'transaction')).toEqual([]);
    // Nothing of another donor's money, of the spending, nor of what is not released to Japan.
    for (const hidden of ['3000000.00', '1199999.99', '250000.00', 'GE-DEPOT', 'ANATF', 'Literacy']) {
      expect(response.body).not.toContain(hidden);
    }
    expect(await file(liaison, w.pfpFund).then((r) => r.body)).toBe(response.body);
  });

  it('answers a fund the caller may not see, or that does not exist, as not found', async () => {
    for (const fundId of [w.anaFund, '00000000-0000-4000-8000-000000000000']) {
      const response = await file(liaison, fundId);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(problem(response).code).toBe('trust_fund.not_found');
    }
    expect((await get(world, liaison, '/trust-funds/not-a-uuid/iati.xml')).statusCode).toBe(400);
    // Georgia's liaison sees no fund at all: there is nothing to export, said in its language.
    const georgia = await signIn(world.app, 'georgia.liaison@test');
    const nothing = await file(georgia);
    expect(nothing.statusCode).toBe(404);
    expect(problem(nothing).code).toBe('iati.nothing_to_export');
    expect(nothing.headers['content-language']).toBe('fr');
  });

  it('refuses the anonymous caller and the roles without trust-fund access', async () => {
    const provider = await signIn(world.app, world.users.activity_provider);
    for (const fundId of [undefined, w.pfpFund]) {
      expect((await file(anonymous, fundId)).statusCode).toBe(401);
      expect((await file(provider, fundId)).statusCode).toBe(403);
    }
  });

  it('names the configured publisher in the file and in every identifier', async () => {
    const iati = {
      publisherRef: 'XM-DAC-9999',
      publisherName: { en: 'Alliance', fr: 'Alliance FR' },
      publisherType: '40',
    };
    const other = await buildApp({
      database: world.database,
      clock: world.clock,
      publicUrl: 'http://localhost:8080',
      sessionHours: 12,
      loginRateLimit: 10_000,
      iati,
    });
    try {
      const caller = await signIn(other, world.users.viewer);
      const response = await other.inject({
        url: `/api/v1/trust-funds/${w.pfpFund}/iati.xml`,
        headers: caller.headers,
      });
      expect(response.statusCode).toBe(200);
      const fund = activity(response.body, 'XM-DAC-9999-PFP-TF');
      expect(narratives(child(fund, 'reporting-org'))).toEqual({ en: 'Alliance', fr: 'Alliance FR' });
      expect(activities(response.body).has('XM-DAC-9999-PFP-TF-AZ-UXO-2')).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('gives a project recorded without a start date a planned one: its first budget period, else the day it was recorded', async () => {
    const post = (url: string, payload: object) =>
      world.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: manager.write, payload });
    const fund = (
      await post('/trust-funds', { code: 'UNDATED', name: { en: 'Undated', fr: '' }, currency: 'EUR' })
    ).json();
    const project = (code: string, budgets: object[]) =>
      post('/trust-fund-projects', {
        fundId: fund.id,
        code,
        title: { en: code, fr: '' },
        beneficiaryCountry: 'MD',
        budgets,
      });
    const budget = {
      kind: 'original',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      amount: '10.00',
      currency: 'EUR',
      valueDate: '2026-11-01',
    };
    expect((await project('BUDGETED', [budget])).statusCode).toBe(201);
    expect((await project('BARE', [])).statusCode).toBe(201);
    const response = await file(manager, fund.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(validateIati(response.body, 'undated').status).toBe(0);
    const dates = (code: string) =>
      children(activity(response.body, `${ref}-UNDATED-${code}`), 'activity-date').map((d) => [
        attr(d, 'type'),
        attr(d, 'iso-date'),
      ]);
    expect(dates('BUDGETED')).toEqual([['1', '2027-01-01']]);
    expect(dates('BARE')).toEqual([['1', '2026-11-24']]);
    // A fund without money has a planned start only.
    expect(
      children(activity(response.body, `${ref}-UNDATED`), 'activity-date').map((d) => attr(d, 'type')),
    ).toEqual(['1']);
    // What the API never stores but the database could hold is refused by name, never written invalid.
    await world.database.db.execute(
      sql`update tf_projects set beneficiary_country = 'md' where code = 'BARE'`,
    );
    const refused = await file(manager, fund.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'iati.invalid_data',
      params: { activity: `${ref}-UNDATED-BARE`, field: 'recipientCountry' },
    });
  });
});

describe('the IATI publisher settings', () => {
  it('reads them from the environment and refuses what IATI would not accept', () => {
    const config = loadConfig({
      ENTENTE_IATI_PUBLISHER_REF: 'XM-DAC-701',
      ENTENTE_IATI_PUBLISHER_NAME_EN: 'Publisher',
      ENTENTE_IATI_PUBLISHER_NAME_FR: 'Éditeur',
      ENTENTE_IATI_PUBLISHER_TYPE: '10',
    });
    expect(config.iati).toEqual({
      publisherRef: 'XM-DAC-701',
      publisherName: { en: 'Publisher', fr: 'Éditeur' },
      publisherType: '10',
    });
    for (const [name, value] of [
      ['ENTENTE_IATI_PUBLISHER_REF', 'entente'],
      ['ENTENTE_IATI_PUBLISHER_REF', 'XI-IATI-A B'],
      ['ENTENTE_IATI_PUBLISHER_TYPE', '41'],
    ] as const) {
      expect(() => loadConfig({ [name]: value }), `${name}=${value}`).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: value })).toThrow(`${name}:`);
    }
  });

  it('has every problem text in both languages, with the same parameters', () => {
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(iatiMessages.fr).sort()).toEqual(Object.keys(iatiMessages.en).sort());
    for (const [code, en] of Object.entries(iatiMessages.en)) {
      const fr = iatiMessages.fr[code]!;
      expect(fr.title, code).not.toBe(en.title);
      expect(placeholders(fr.title + fr.detail), code).toEqual(placeholders(en.title + en.detail));
    }
  });
});
