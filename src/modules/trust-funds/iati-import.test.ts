import { describe, expect, it } from 'vitest';
import { checkWellFormed, IatiFileError, parseIatiFile } from './iati-import';
import { codeOf, statusOf } from './iati-import.records';
import type { IatiExport } from './iati-model';
import { buildIatiXml } from './iati-xml';

const fileError = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof IatiFileError) return error.code;
    throw error;
  }
  return undefined;
};

const exported: IatiExport = {
  generatedAt: '2026-11-24T10:00:00Z',
  reportingOrg: { ref: 'XI-IATI-ENTENTE-DEMO', type: '40', name: { en: 'Publisher', fr: 'Éditeur' } },
  activities: [
    {
      identifier: 'XI-IATI-ENTENTE-DEMO-TF-P1',
      hierarchy: 2,
      lastUpdated: '2026-11-24T10:00:00Z',
      defaultCurrency: 'EUR',
      title: { en: '', fr: 'Projet' },
      description: { en: 'Project of trust fund TF.', fr: '' },
      objectives: { en: 'Clear land', fr: 'Dépolluer' },
      status: 'completed',
      dates: { actualStart: '2020-01-01', actualEnd: '2021-06-30' },
      participatingOrgs: [
        { role: 'extending', ref: 'XM-DAC-302', type: '10', name: { en: 'United States', fr: 'États-Unis' } },
        { role: 'implementing', name: { en: 'ANAMA', fr: '' } },
      ],
      recipientCountry: 'AZ',
      budgets: [
        {
          type: 'revised',
          periodStart: '2020-01-01',
          periodEnd: '2020-12-31',
          value: '10.50',
          currency: 'USD',
          valueDate: '2020-01-01',
        },
      ],
      transactions: [
        {
          type: 'expenditure',
          date: '2020-03-01',
          value: '99.00',
          currency: 'EUR',
          valueDate: '2020-03-01',
          receiver: { name: { en: 'ANAMA', fr: '' } },
        },
      ],
      related: [{ type: 'parent', identifier: 'XI-IATI-ENTENTE-DEMO-TF' }],
      results: [
        {
          type: 'output',
          title: { en: 'Sites', fr: '' },
          indicators: [
            {
              title: { en: 'Sites', fr: '' },
              unit: 'percent',
              ascending: false,
              baseline: { year: 2019, isoDate: '2019-01-01', value: '5' },
              periods: [{ start: '2020-01-01', end: '2020-12-31', target: '50' }],
            },
          ],
        },
      ],
    },
  ],
};

describe('reading an IATI activity file', () => {
  it('reads what the export writes', () => {
    const file = parseIatiFile(buildIatiXml(exported));
    expect(file.errors).toEqual([]);
    expect(file.reportingOrgRef).toBe('XI-IATI-ENTENTE-DEMO');
    const [a] = file.activities;
    expect(a).toMatchObject({
      identifier: 'XI-IATI-ENTENTE-DEMO-TF-P1',
      hierarchy: 2,
      defaultCurrency: 'EUR',
      title: { en: '', fr: 'Projet' },
      objectives: { en: 'Clear land', fr: 'Dépolluer' },
      status: '3',
      dates: { actualStart: '2020-01-01', actualEnd: '2021-06-30' },
      recipientCountry: 'AZ',
      parent: 'XI-IATI-ENTENTE-DEMO-TF',
      budgets: [{ kind: 'revised', amount: '10.50', currency: 'USD', periodEnd: '2020-12-31' }],
      transactions: [
        {
          path: 'iati-activity[XI-IATI-ENTENTE-DEMO-TF-P1]/transaction[1]',
          type: 'expenditure',
          value: '99.00',
          receiver: { name: { en: 'ANAMA', fr: '' } },
        },
      ],
      indicators: [
        {
          resultType: 'output',
          unit: 'percent',
          ascending: false,
          baselineValue: '5',
          baselineYear: 2019,
          periods: [{ periodStart: '2020-01-01', periodEnd: '2020-12-31', target: '50', actual: null }],
        },
      ],
    });
    expect(a!.orgs.map((o) => [o.role, o.ref ?? null])).toEqual([
      ['3', 'XM-DAC-302'],
      ['4', null],
    ]);
  });

  it('lists every bad value with its path, and warns about transactions it skips', () => {
    const xml = `<iati-activities version="2.02"><iati-activity hierarchy="1">
      <iati-identifier>X-1</iati-identifier>
      <title><narrative>Untagged is English</narrative></title>
      <transaction><transaction-type code="2"/></transaction>
      <transaction><transaction-type code="3"/><transaction-date iso-date="2020-02-30x"/>
        <value currency="eur" value-date="2020-01-01">1,5</value></transaction>
    </iati-activity><iati-activity><iati-identifier>X-1</iati-identifier></iati-activity></iati-activities>`;
    const file = parseIatiFile(xml);
    expect(file.activities[0]!.title).toEqual({ en: 'Untagged is English', fr: '' });
    expect(file.warnings).toEqual([
      {
        path: 'iati-activity[X-1]/transaction[1]/transaction-type',
        code: 'iati_import.skipped_transaction',
        params: { code: '2' },
      },
    ]);
    expect(file.errors.map((e) => [e.path, e.code])).toEqual([
      ['iati-activity[X-1]/transaction[2]/value', 'iati_import.bad_amount'],
      ['iati-activity[X-1]/transaction[2]/value/@currency', 'iati_import.bad_currency'],
      ['iati-activity[X-1]/transaction[2]/transaction-date', 'iati_import.bad_date'],
      ['iati-activity[X-1]', 'iati_import.duplicate_activity'],
    ]);
  });

  it('refuses what is not well-formed XML, declares a DTD, or is not IATI 2.0x', () => {
    expect(fileError(() => checkWellFormed('<a><b></a>'))).toBe('iati_import.malformed');
    expect(fileError(() => checkWellFormed('<a>'))).toBe('iati_import.malformed');
    expect(fileError(() => checkWellFormed('<a/><b/>'))).toBe('iati_import.malformed');
    expect(fileError(() => checkWellFormed('<a>&lol;</a>'))).toBe('iati_import.malformed');
    expect(fileError(() => checkWellFormed(''))).toBe('iati_import.malformed');
    expect(fileError(() => checkWellFormed('<!DOCTYPE a><a/>'))).toBe('iati_import.doctype');
    expect(fileError(() => checkWellFormed('<a><!ENTITY x "y"></a>'))).toBe('iati_import.doctype');
    expect(
      fileError(() =>
        checkWellFormed('<?xml version="1.0"?><!-- <b> --><a x="1 > 0">&amp;<![CDATA[<c>]]></a>'),
      ),
    ).toBeUndefined();
    expect(fileError(() => parseIatiFile('<iati-activities version="1.05"/>'))).toBe('iati_import.not_iati');
    expect(fileError(() => parseIatiFile('<iati-organisations version="2.03"/>'))).toBe(
      'iati_import.not_iati',
    );
  });
});

describe('mapping identifiers and statuses', () => {
  it('strips the parent’s prefix, keeps a foreign identifier whole, refuses one unusable as a code', () => {
    expect(codeOf('XI-IATI-ENTENTE-DEMO-PFP-TF', 'XI-IATI-ENTENTE-DEMO')).toBe('PFP-TF');
    expect(codeOf('XM-DAC-41114-PROJ-1', 'XI-IATI-ENTENTE-DEMO')).toBe('XM-DAC-41114-PROJ-1');
    expect(() => codeOf('XM-DAC-41114 project/1', 'XI')).toThrow('iati_import.bad_identifier');
  });

  it('inverts the export’s status codes, keeping an approved project approved', () => {
    expect(statusOf('1')).toBe('proposed');
    expect(statusOf('1', 'approved')).toBe('approved');
    expect(statusOf('2')).toBe('in_implementation');
    expect(statusOf('3')).toBe('completed');
    expect(statusOf('4')).toBe('closed');
    expect(() => statusOf('9')).toThrow('iati_import.bad_status');
  });
});
