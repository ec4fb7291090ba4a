import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../db/client';
import { drivers } from '../../test/databases';
import { type Caller, createWorld, problem, signIn, type World } from '../../test/world';
import { validateIati } from './fixtures/iati-xml-check';
import { iatiWorld } from './iati.test-support';
import { IATI_FILE_MAX_BYTES } from './iati-import.routes';
import { ecbSample, frenchManager, get, importRates } from './trust-funds.test-support';

const ref = 'XI-IATI-ENTENTE-DEMO';
/** The export's generation and last-update times differ between two worlds: nothing else may. */
const normalise = (xml: string) =>
  xml.replace(/(generated-datetime|last-updated-datetime)="[^"]*"/g, '$1=""');

describe.each(drivers)('the IATI import of trust funds on %s', (driver) => {
  let source: World;
  let target: World;
  let manager: Caller;
  let exported: string;

  const send = (caller: Caller, body: string | Buffer, query = '', headers: Record<string, string> = {}) =>
    target.app.inject({
      method: 'POST',
      url: `/api/v1/trust-funds/iati-imports${query}`,
      headers: { ...caller.write, 'content-type': 'application/xml', ...headers },
      payload: body,
    });
  const count = async (table: 'trust_funds' | 'tf_projects' | 'tf_transactions' | 'organisations') =>
    (
      await selectRows<{ n: number }>(
        target.database.db,
        sql`select count(*)::int as n from ${sql.raw(table)}`,
      )
    )[0]!.n;
  const exportTarget = async () => {
    const response = await get(target, manager, '/trust-funds/iati.xml');
    expect(response.statusCode, response.body).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    source = await createWorld(driver);
    const sourceManager = await signIn(source.app, source.users.trust_fund_manager);
    const w = await iatiWorld(source, sourceManager);
    // The export does not say which project an incoming contribution is earmarked to: leave that one out.
    const list = await get(
      source,
      sourceManager,
      `/trust-fund-transactions?project=${w.azProject}&type=incoming_funds`,
    );
    const earmarked = list.json().items[0].id as string;
    const etag = (await get(source, sourceManager, `/trust-fund-transactions/${earmarked}`)).headers
      .etag as string;
    const removal = await source.app.inject({
      method: 'DELETE',
      url: `/api/v1/trust-fund-transactions/${earmarked}`,
      headers: { ...sourceManager.write, 'if-match': etag },
    });
    expect(removal.statusCode, removal.body).toBe(204);
    exported = (await get(source, sourceManager, '/trust-funds/iati.xml')).body;

    target = await createWorld(driver);
    manager = await signIn(target.app, target.users.trust_fund_manager);
    expect((await importRates(target, manager, ecbSample)).statusCode).toBe(201);
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('checks a file in a dry run: the summary, and nothing written', async () => {
    const response = await send(manager, exported, '?dryRun=true');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      dryRun: true,
      activities: 5,
      funds: { created: 2, updated: 0, unchanged: 0 },
      projects: { created: 2, updated: 0, unchanged: 0 },
      phases: { created: 1, updated: 0, unchanged: 0 },
      organisationsCreated: 4,
      transactions: { added: 7, skipped: 0 },
    });
    expect(await count('trust_funds')).toBe(0);
    expect(await count('organisations')).toBe(0);
  });

  it('imports the export of another world: exported again, the file is the same and still valid', async () => {
    const response = await send(manager, exported);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ dryRun: false, transactions: { added: 7, skipped: 0 } });
    const again = await exportTarget();
    expect(normalise(again)).toBe(normalise(exported));
    expect(validateIati(again, 'reimport').status).toBe(0);
    const audits = await selectRows<{ n: number }>(
      target.database.db,
      sql`select count(*)::int as n from audit_events where action = 'iati.import'`,
    );
    expect(audits[0]!.n).toBe(1);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const before = await count('tf_transactions');
    const response = await send(manager, exported);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      funds: { created: 0, updated: 0, unchanged: 2 },
      projects: { created: 0, updated: 0, unchanged: 2 },
      phases: { created: 0, updated: 0, unchanged: 1 },
      organisationsCreated: 0,
      transactions: { added: 0, skipped: 7 },
    });
    expect(await count('tf_transactions')).toBe(before);
    expect(normalise(await exportTarget())).toBe(normalise(exported));
  });

  it('updates a recorded fund from the file', async () => {
    const renamed = exported.replace('NATO Partnership for Peace Trust Fund', 'NATO PfP Trust Fund');
    const response = await send(manager, renamed);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().funds).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(await exportTarget()).toContain('NATO PfP Trust Fund');
    expect((await send(manager, exported)).json().funds).toEqual({ created: 0, updated: 1, unchanged: 1 });
  });

  it('replaces a recorded project’s details and parts, and puts them back', async () => {
    const changed = exported
      .replace('Return 600 ha of land to safe use.', 'Return 650 ha of land to safe use.')
      .replace('>1745000.25<', '>1800000.00<')
      .replace('<target value="600"/>', '<target value="650"/>');
    const response = await send(manager, changed);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      projects: { created: 0, updated: 1, unchanged: 1 },
      phases: { created: 0, updated: 0, unchanged: 1 },
      transactions: { added: 0 },
    });
    const after = await exportTarget();
    for (const text of ['Return 650 ha', '>1800000.00<', '<target value="650"/>'])
      expect(after).toContain(text);
    const back = await send(manager, exported);
    expect(back.json().projects).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(normalise(await exportTarget())).toBe(normalise(exported));
  });

  it('refuses money it cannot convert, listing each place, and writes nothing', async () => {
    const before = [await count('trust_funds'), await count('tf_transactions'), await count('organisations')];
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
  <iati-activity default-currency="EUR" hierarchy="1">
    <iati-identifier>${ref}-NEW-TF</iati-identifier>
    <title><narrative xml:lang="en">New fund</narrative></title>
    <transaction>
      <transaction-type code="1"/><transaction-date iso-date="2010-01-04"/>
      <value currency="GBP" value-date="2010-01-04">1000.00</value>
      <provider-org ref="XM-DAC-12"><narrative xml:lang="en">United Kingdom</narrative></provider-org>
    </transaction>
    <transaction>
      <transaction-type code="1"/><transaction-date iso-date="2014-05-06"/>
      <value currency="ZZZ" value-date="2014-05-06">5.00</value>
      <provider-org ref="XM-DAC-12"><narrative xml:lang="en">United Kingdom</narrative></provider-org>
    </transaction>
  </iati-activity>
</iati-activities>`;
    const response = await send(manager, xml);
    expect(response.statusCode, response.body).toBe(422);
    const body = problem(response);
    expect(body.code).toBe('iati_import.invalid');
    const paths = body.errors.map((e) => e.path);
    expect(paths.some((p) => p.startsWith(`iati-activity[${ref}-NEW-TF]/transaction[1]`))).toBe(true);
    expect(paths.some((p) => p.startsWith(`iati-activity[${ref}-NEW-TF]/transaction[2]`))).toBe(true);
    expect(body.errors.every((e) => e.message.length > 0)).toBe(true);
    expect([
      await count('trust_funds'),
      await count('tf_transactions'),
      await count('organisations'),
    ]).toEqual(before);
  });

  it('refuses malformed XML, a DOCTYPE, and answers in French', async () => {
    const malformed = await send(
      manager,
      '<iati-activities version="2.03"><iati-activity></iati-activities>',
    );
    expect(malformed.statusCode).toBe(422);
    expect(problem(malformed).code).toBe('iati_import.malformed');
    const doctype = await send(
      manager,
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><iati-activities version="2.03"/>',
    );
    expect(doctype.statusCode).toBe(422);
    expect(problem(doctype).code).toBe('iati_import.doctype');
    const french = await send(await frenchManager(target), '<a><b></a>');
    expect(french.statusCode).toBe(422);
    expect(french.headers['content-language']).toBe('fr');
    expect(problem(french).title).toBe('XML mal formé');
    const badDate = await send(
      await frenchManager(target),
      exported.replaceAll('iso-date="2014-05-05"', 'iso-date="5 mai 2014"'),
    );
    expect(badDate.statusCode).toBe(422);
    expect(problem(badDate).errors).toContainEqual({
      code: 'iati_import.bad_date',
      path: `iati-activity[${ref}-PFP-TF]/transaction[1]/transaction-date`,
      message: 'Pas une date (AAAA-MM-JJ) : « 5 mai 2014 ».',
    });
    const notIati = await send(manager, '<iati-organisations version="2.03"/>');
    expect(problem(notIati).code).toBe('iati_import.not_iati');
  });

  it('refuses a staff officer and a liaison (403), a file too large (413), another type (415)', async () => {
    for (const role of ['staff_officer', 'partner_liaison'] as const) {
      const caller = await signIn(target.app, target.users[role]);
      expect((await send(caller, exported, '?dryRun=true')).statusCode).toBe(403);
    }
    const huge = Buffer.alloc(IATI_FILE_MAX_BYTES + 1, 0x20);
    const tooLarge = await send(manager, huge);
    expect(tooLarge.statusCode).toBe(413);
    expect(problem(tooLarge).code).toBe('iati_import.too_large');
    const json = await send(manager, '{}', '', { 'content-type': 'application/json' });
    expect(json.statusCode).toBe(415);
  });
});
