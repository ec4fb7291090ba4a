import type { Bilingual } from '../../core/bilingual';

/**
 * The input of the IATI 2.03 activity export: trust funds (hierarchy 1), their projects (2) and phases
 * (3), already read and shaped by the service. Plain data, no database types, so the builder stays pure.
 *
 * Dates are ISO `YYYY-MM-DD`; date-times ISO 8601 with a zone (`Date.prototype.toISOString()`);
 * amounts are decimal strings exactly as stored (`'20000000.00'`), never JS numbers.
 */

/** A bilingual text; either side may be empty (only non-empty narratives are written). */
export type Text2 = Bilingual;

export interface IatiOrg {
  /** The IATI organisation identifier, e.g. `XM-DAC-701` (Japan). */
  ref?: string;
  /** IATI OrganisationType code: `10` government, `40` multilateral, `21` international NGO … */
  type?: string;
  name: Text2;
}

/** The publisher: the schema requires its identifier and type. */
export interface IatiReportingOrg extends IatiOrg {
  ref: string;
  type: string;
}

export type IatiOrgRole = 'funding' | 'accountable' | 'extending' | 'implementing';

export interface IatiParticipatingOrg extends IatiOrg {
  role: IatiOrgRole;
  /** The organisation's own IATI activity for this work, when it publishes one. */
  activityId?: string;
}

export type IatiActivityStatus = 'proposed' | 'approved' | 'in_implementation' | 'completed' | 'closed';

export type IatiTransactionType =
  | 'incoming_pledge'
  | 'incoming_commitment'
  | 'incoming_funds'
  | 'disbursement'
  | 'expenditure';

export interface IatiSector {
  /** A DAC 5-digit purpose code by default, e.g. `15250` removal of land mines and explosive remnants of war. */
  code: string;
  /** IATI SectorVocabulary code; `1` (OECD DAC CRS purpose codes, 5 digits) when absent. */
  vocabulary?: string;
  /** Share of the activity, `0`–`100`; per vocabulary the shares sum to 100. */
  percentage?: string;
}

export interface IatiBudget {
  type: 'original' | 'revised';
  periodStart: string;
  periodEnd: string;
  value: string;
  currency: string;
  valueDate: string;
}

export interface IatiTransactionParty extends IatiOrg {
  /** The IATI activity the money comes from (provider) or goes to (receiver). */
  activityId?: string;
}

export interface IatiTransaction {
  ref?: string;
  type: IatiTransactionType;
  date: string;
  value: string;
  currency: string;
  valueDate: string;
  /** What the money is for, e.g. the earmark "literacy programmes". */
  description?: Text2;
  provider?: IatiTransactionParty;
  receiver?: IatiTransactionParty;
}

export interface IatiRelatedActivity {
  type: 'parent' | 'child' | 'sibling';
  identifier: string;
}

export interface IatiIndicatorPeriod {
  start: string;
  end: string;
  target?: string;
  actual?: string;
}

export interface IatiIndicator {
  title: Text2;
  /** What is counted: `hectares`, `tonnes`, `items`, `people`, `percent` … (free text beyond those). */
  unit: string;
  ascending: boolean;
  baseline?: { year: number; isoDate: string; value: string };
  periods: IatiIndicatorPeriod[];
}

export interface IatiResult {
  type: 'output' | 'outcome';
  title: Text2;
  indicators: IatiIndicator[];
}

export interface IatiDocument {
  url: string;
  /** IANA media type, e.g. `application/pdf`. */
  format: string;
  title: Text2;
  /** IATI DocumentCategory code, e.g. `A01` pre- and post-project impact appraisal, `A07` review of project performance. */
  category: string;
  /** ISO 639-1 codes of the document's languages. */
  languages: string[];
  /** The document's own date (publication or signature). */
  date?: string;
}

export interface IatiActivity {
  identifier: string;
  hierarchy: 1 | 2 | 3;
  lastUpdated: string;
  defaultCurrency: string;
  title: Text2;
  description: Text2;
  objectives?: Text2;
  status: IatiActivityStatus;
  /** At least a planned or an actual start: IATI requires one, and the schema at least one date. */
  dates: { plannedStart?: string; actualStart?: string; plannedEnd?: string; actualEnd?: string };
  /** At least one (the schema requires it). */
  participatingOrgs: IatiParticipatingOrg[];
  /** ISO 3166-1 alpha-2 of the beneficiary country. */
  recipientCountry?: string;
  sectors?: IatiSector[];
  budgets: IatiBudget[];
  transactions: IatiTransaction[];
  related: IatiRelatedActivity[];
  results: IatiResult[];
  documents?: IatiDocument[];
}

export interface IatiExport {
  generatedAt: string;
  reportingOrg: IatiReportingOrg;
  activities: IatiActivity[];
  /** The activities' `xml:lang` (narratives all carry their own); `en` when absent. */
  defaultLanguage?: 'en' | 'fr';
}

/** The IATI 2.03 code lists behind the model's words. */
export const iatiCodes = {
  /** ActivityStatus: 1 pipeline/identification, 2 implementation, 3 finalisation, 4 closed (5 cancelled, 6 suspended unused). */
  activityStatus: {
    proposed: '1',
    approved: '1',
    in_implementation: '2',
    completed: '3',
    closed: '4',
  } satisfies Record<IatiActivityStatus, string>,
  /** ActivityDateType. */
  activityDate: { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' },
  /** OrganisationRole. */
  orgRole: { funding: '1', accountable: '2', extending: '3', implementing: '4' } satisfies Record<
    IatiOrgRole,
    string
  >,
  /** TransactionType (2.03). */
  transactionType: {
    incoming_funds: '1',
    disbursement: '3',
    expenditure: '4',
    incoming_commitment: '11',
    incoming_pledge: '13',
  } satisfies Record<IatiTransactionType, string>,
  /** BudgetType. */
  budgetType: { original: '1', revised: '2' } satisfies Record<IatiBudget['type'], string>,
  /** RelatedActivityType. */
  relatedActivity: { parent: '1', child: '2', sibling: '3' } satisfies Record<
    IatiRelatedActivity['type'],
    string
  >,
  /** ResultType. */
  resultType: { output: '1', outcome: '2' } satisfies Record<IatiResult['type'], string>,
  /** IndicatorMeasure: 1 unit, 2 percentage. */
  indicatorMeasure: { unit: '1', percentage: '2' },
  /** DescriptionType: 1 general, 2 objectives. */
  descriptionType: { general: '1', objectives: '2' },
  /** SectorVocabulary 1: OECD DAC CRS purpose codes (5 digits). */
  defaultSectorVocabulary: '1',
} as const;

/** The publisher of the IATI files (ENTENTE_IATI_PUBLISHER_*): its organisation identifier, names and type. */
export interface IatiSettings {
  publisherRef: string;
  publisherName: Text2;
  /** IATI OrganisationType code (40 multilateral). */
  publisherType: string;
}

export const defaultIatiSettings: IatiSettings = {
  publisherRef: 'XI-IATI-ENTENTE-DEMO',
  publisherName: { en: 'Entente demonstration publisher', fr: 'Éditeur de démonstration d’Entente' },
  publisherType: '40',
};

/** An IATI organisation identifier: `{agency prefix}-{number}`, e.g. `XM-DAC-701`, `XI-IATI-ENTENTE-DEMO`. */
export const IATI_ORG_REF = /^[A-Z]{2}-[A-Z0-9]+-[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** IATI 2.03 OrganisationType codes. */
export const IATI_ORG_TYPES = [
  '10',
  '11',
  '15',
  '21',
  '22',
  '23',
  '24',
  '30',
  '40',
  '60',
  '70',
  '71',
  '72',
  '73',
  '80',
  '90',
];
