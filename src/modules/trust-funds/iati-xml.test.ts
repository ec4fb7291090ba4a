import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { buildFixtureExport, ids, specialTitle } from './fixtures/iati-export.fixture';
import {
  activities,
  activity,
  attr,
  child,
  children,
  el,
  narratives,
  validateIati as validate,
  values,
} from './fixtures/iati-xml-check';
import type { IatiActivity, IatiExport } from './iati-model';
import { buildIatiXml, IatiExportError } from './iati-xml';

function withActivity(change: (a: IatiActivity) => void): IatiExport {
  const data = buildFixtureExport();
  change(data.activities[2]!);
  return data;
}

describe('buildIatiXml', () => {
  const xml = buildIatiXml(buildFixtureExport());

  it('validates against the official IATI 2.03 schema', () => {
    const result = validate(xml, 'fixture');
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('is refused by xmllint when an activity lacks its identifier', () => {
    const doc = create(xml);
    const identifier = doc.root().find((n) => n.node.nodeName === 'iati-identifier', false, true);
    expect(identifier).toBeDefined();
    identifier!.remove();
    const result = validate(doc.end(), 'broken');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('iati-identifier');
  });

  it('writes the document header, the publisher and each activity’s defaults', () => {
    const root = create(xml).root();
    expect(el(root).nodeName).toBe('iati-activities');
    expect(attr(root, 'version')).toBe('2.03');
    expect(attr(root, 'generated-datetime')).toBe('2026-11-25T01:30:00.000Z');
    const fund = activity(xml, ids.anaFund);
    expect(attr(fund, 'default-currency')).toBe('USD');
    expect(attr(fund, 'xml:lang')).toBe('en');
    expect(attr(fund, 'last-updated-datetime')).toBe('2014-05-15T15:01:00Z');
    const reporting = child(fund, 'reporting-org');
    expect([attr(reporting, 'ref'), attr(reporting, 'type')]).toEqual(['XI-IATI-NATOTF', '40']);
    expect(narratives(reporting).fr).toBe('Bureau des fonds d’affectation spéciale de l’OTAN');
  });

  it('keeps the hierarchy fund → project → phase and its links both ways', () => {
    const all = activities(xml);
    const hierarchy = Object.fromEntries([...all].map(([id, a]) => [id, attr(a, 'hierarchy')]));
    expect(hierarchy).toEqual({
      [ids.anaFund]: '1',
      [ids.pfpFund]: '1',
      [ids.azProject]: '2',
      [ids.azPhase]: '3',
    });
    const links = (id: string) =>
      children(all.get(id)!, 'related-activity').map((r) => [attr(r, 'type'), attr(r, 'ref')]);
    expect(links(ids.pfpFund)).toEqual([['2', ids.azProject]]);
    expect(links(ids.azProject)).toEqual([
      ['1', ids.pfpFund],
      ['2', ids.azPhase],
    ]);
    expect(links(ids.azPhase)).toEqual([['1', ids.azProject]]);
  });

  it('writes the transactions with their type codes, exact amounts, currencies and value dates', () => {
    const transactions = children(activity(xml, ids.anaFund), 'transaction').map((t) => ({
      ref: attr(t, 'ref'),
      type: attr(child(t, 'transaction-type'), 'code'),
      date: attr(child(t, 'transaction-date'), 'iso-date'),
      ...values(t),
      description: children(t, 'description').map(narratives)[0],
      provider: attr(child(t, 'provider-org'), 'ref'),
    }));
    expect(transactions).toEqual([
      {
        ref: 'ANATF-JP-2010-01',
        type: '11',
        date: '2010-03-15',
        value: '20000000.00',
        currency: 'USD',
        valueDate: '2010-03-15',
        description: { en: 'Literacy programmes', fr: 'Programmes d’alphabétisation' },
        provider: 'XM-DAC-701',
      },
      {
        ref: 'ANATF-JP-2011-P1',
        type: '13',
        date: '2011-02-01',
        value: '450000000',
        currency: 'JPY',
        valueDate: '2011-02-01',
        description: { en: 'Medical supplies', fr: 'Fournitures médicales' },
        provider: 'XM-DAC-701',
      },
      {
        ref: null,
        type: '1',
        date: '2010-06-30',
        value: '20000000.00',
        currency: 'USD',
        valueDate: '2010-06-30',
        description: { en: 'Literacy programmes' },
        provider: 'XM-DAC-701',
      },
    ]);
    const [, disbursement] = children(activity(xml, ids.pfpFund), 'transaction');
    expect(attr(child(disbursement!, 'transaction-type'), 'code')).toBe('3');
    expect(values(disbursement!).value).toBe('1199999.99');
    const receiver = child(disbursement!, 'receiver-org');
    expect(attr(receiver, 'receiver-activity-id')).toBe(ids.azProject);
    const expenditure = children(activity(xml, ids.azProject), 'transaction')[1]!;
    expect(attr(child(expenditure, 'transaction-type'), 'code')).toBe('4');
  });

  it('writes original and revised budgets in EUR and USD', () => {
    const budgets = children(activity(xml, ids.azProject), 'budget').map((b) => ({
      type: attr(b, 'type'),
      start: attr(child(b, 'period-start'), 'iso-date'),
      end: attr(child(b, 'period-end'), 'iso-date'),
      ...values(b),
    }));
    expect(budgets).toEqual([
      {
        type: '1',
        start: '2006-05-01',
        end: '2007-04-30',
        value: '1500000.00',
        currency: 'EUR',
        valueDate: '2006-05-01',
      },
      {
        type: '2',
        start: '2006-05-01',
        end: '2007-04-30',
        value: '1745000.25',
        currency: 'EUR',
        valueDate: '2007-01-15',
      },
      {
        type: '1',
        start: '2007-05-01',
        end: '2008-04-30',
        value: '300000.10',
        currency: 'USD',
        valueDate: '2007-05-01',
      },
    ]);
    expect(children(activity(xml, ids.anaFund), 'budget').map((b) => values(b).value)).toEqual([
      '25000000.00',
      '27500000.50',
    ]);
  });

  it('writes the results: 571 ha cleared as an actual, with the unit in both languages', () => {
    const project = activity(xml, ids.azProject);
    const [outcome, output] = children(project, 'result');
    expect(attr(outcome!, 'type')).toBe('2');
    expect(attr(output!, 'type')).toBe('1');
    const indicator = child(outcome!, 'indicator');
    expect([attr(indicator, 'measure'), attr(indicator, 'ascending')]).toEqual(['1', 'true']);
    expect(narratives(child(indicator, 'title'))).toEqual({ en: 'Area cleared', fr: 'Superficie dépolluée' });
    expect(narratives(child(indicator, 'description'))).toEqual({
      en: 'Unit of measure: hectares (ha)',
      fr: 'Unité de mesure\u00a0: hectares (ha)',
    });
    const baseline = child(indicator, 'baseline');
    expect([attr(baseline, 'year'), attr(baseline, 'iso-date'), attr(baseline, 'value')]).toEqual([
      '2006',
      '2006-05-01',
      '0',
    ]);
    const period = child(indicator, 'period');
    expect(attr(child(period, 'period-end'), 'iso-date')).toBe('2010-03-31');
    expect(attr(child(period, 'target'), 'value')).toBe('600');
    expect(attr(child(period, 'actual'), 'value')).toBe('571');
    expect(narratives(child(output!, 'title'))).toEqual({ en: 'Explosive remnants of war destroyed' });
  });

  it('writes both narratives, and only the non-empty ones', () => {
    const project = activity(xml, ids.azProject);
    expect(narratives(child(project, 'title'))).toEqual(specialTitle);
    const [general, objectives] = children(project, 'description');
    expect([attr(general!, 'type'), attr(objectives!, 'type')]).toEqual(['1', '2']);
    expect(narratives(objectives!).fr).toBe('Rendre 600 ha de terrain à un usage sûr.');
    const phase = activity(xml, ids.azPhase);
    expect(narratives(child(phase, 'title'))).toEqual({ fr: 'Dépollution en Azerbaïdjan, deuxième phase' });
    expect(narratives(child(phase, 'description'))).toEqual({
      en: 'A similar clearance project, since 2011.',
    });
    const orgs = children(project, 'participating-org').map((o) => [attr(o, 'role'), narratives(o).fr]);
    expect(orgs.map(([role]) => role)).toEqual(['1', '2', '3', '4']);
    expect(orgs[3]![1]).toBe('Agence nationale azerbaïdjanaise de l’action contre les mines (ANAMA)');
  });

  it('keeps special characters in text and attributes', () => {
    expect(xml).toContain('&amp; &lt;ERW&gt;');
    const fund = activity(xml, ids.anaFund);
    const link = child(fund, 'document-link');
    expect(attr(link, 'url')).toBe('https://example.org/trust-funds/anatf?doc=agreement&lang=en');
    expect(children(link, 'language').map((l) => attr(l, 'code'))).toEqual(['en', 'fr']);
    const project = activity(xml, ids.azProject);
    expect(attr(child(project, 'recipient-country'), 'code')).toBe('AZ');
    const sector = child(project, 'sector');
    expect([attr(sector, 'vocabulary'), attr(sector, 'code')]).toEqual(['1', '15250']);
  });

  it('falls back to another text where the schema requires one, drops characters XML cannot hold, stays valid', () => {
    const data = withActivity((a) => {
      a.description = { en: '', fr: '  ' };
      a.objectives = undefined;
      a.title = { en: '', fr: 'Titre seulement & « guillemets »\u0007' };
      a.results[1]!.title = { en: '', fr: '' };
      a.participatingOrgs[0]!.name = { en: '', fr: '' };
    });
    const out = buildIatiXml(data);
    expect(validate(out, 'fallbacks').status).toBe(0);
    const project = activity(out, ids.azProject);
    expect(narratives(child(project, 'description'))).toEqual({ fr: 'Titre seulement & « guillemets »' });
    const output = children(project, 'result')[1]!;
    expect(narratives(child(output, 'title'))).toEqual({ en: 'Items destroyed', fr: 'Munitions détruites' });
  });

  it('refuses input that would make an invalid or misleading document, naming the field', () => {
    const cases: [string, (a: IatiActivity) => void][] = [
      [
        'activities[2].transactions[1].value',
        (a) => {
          a.transactions[1]!.value = '640,123.45';
        },
      ],
      [
        'activities[2].budgets[0].value',
        (a) => {
          a.budgets[0]!.value = '1.5e6';
        },
      ],
      [
        'activities[2].budgets[0].currency',
        (a) => {
          a.budgets[0]!.currency = 'eur';
        },
      ],
      [
        'activities[2].transactions[0].valueDate',
        (a) => {
          a.transactions[0]!.valueDate = '2006-02-30';
        },
      ],
      [
        'activities[2].dates',
        (a) => {
          a.dates = { plannedEnd: '2009-12-31' };
        },
      ],
      [
        'activities[2].participatingOrgs',
        (a) => {
          a.participatingOrgs = [];
        },
      ],
      [
        'activities[2].identifier',
        (a) => {
          a.identifier = ' ';
        },
      ],
      [
        'activities[2].results[0].indicators',
        (a) => {
          a.results[0]!.indicators = [];
        },
      ],
      [
        'activities[2].recipientCountry',
        (a) => {
          a.recipientCountry = 'Azerbaijan';
        },
      ],
    ];
    for (const [path, change] of cases) {
      const build = () => buildIatiXml(withActivity(change));
      expect(build, path).toThrow(IatiExportError);
      expect(build, path).toThrow(`${path}:`);
    }
    const duplicate = buildFixtureExport();
    duplicate.activities[1]!.identifier = ids.anaFund;
    expect(() => buildIatiXml(duplicate)).toThrow('duplicate identifier');
    const noRef = buildFixtureExport();
    noRef.reportingOrg.ref = '';
    expect(() => buildIatiXml(noRef)).toThrow('reportingOrg.ref');
  });
});
