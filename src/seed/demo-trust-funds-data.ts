import type { Bilingual } from '../core/bilingual';
import type { IndicatorUnit, OrganisationKind, ProjectStatus, TransactionType } from '../shared/enums';

/**
 * The demo's trust funds and the money around them. The seed fact sheet names the projects, the funds
 * and Japan's figures (USD 20 million for literacy, close to 600 million to LOFTA over 2010–2012,
 * 52 million to the peace and reintegration programme, 20 million of grassroots grants, a 5 billion
 * pledge over 2009–2013, 571 ha cleared in Azerbaijan). Where it gives no figure or no date, the demo
 * says so in the transaction's reference ("illustrative"); the other donors are there so that totals
 * and charts mean something, and are illustrative too.
 */

export interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  /** A partner's ISO code (its names are the partner's), or a member state's. */
  iso?: string;
  name?: Bilingual;
  iatiRef?: string;
  iatiType?: string;
}

export const demoOrganisations: DemoOrganisation[] = [
  { key: 'JP', kind: 'partner', iso: 'JP', iatiRef: 'XM-DAC-701', iatiType: '10' },
  { key: 'CH', kind: 'partner', iso: 'CH', iatiRef: 'XM-DAC-11', iatiType: '10' },
  { key: 'AT', kind: 'partner', iso: 'AT', iatiRef: 'XM-DAC-1', iatiType: '10' },
  { key: 'FI', kind: 'partner', iso: 'FI', iatiRef: 'XM-DAC-18', iatiType: '10' },
  { key: 'AU', kind: 'partner', iso: 'AU', iatiRef: 'XM-DAC-801', iatiType: '10' },
  {
    key: 'US',
    kind: 'member_state',
    iso: 'US',
    name: { en: 'United States', fr: 'États-Unis' },
    iatiRef: 'XM-DAC-302',
    iatiType: '10',
  },
  {
    key: 'GB',
    kind: 'member_state',
    iso: 'GB',
    name: { en: 'United Kingdom', fr: 'Royaume-Uni' },
    iatiRef: 'XM-DAC-12',
    iatiType: '10',
  },
  {
    key: 'DE',
    kind: 'member_state',
    iso: 'DE',
    name: { en: 'Germany', fr: 'Allemagne' },
    iatiRef: 'XM-DAC-5',
    iatiType: '10',
  },
  {
    key: 'NO',
    kind: 'member_state',
    iso: 'NO',
    name: { en: 'Norway', fr: 'Norvège' },
    iatiRef: 'XM-DAC-8',
    iatiType: '10',
  },
  {
    key: 'CA',
    kind: 'member_state',
    iso: 'CA',
    name: { en: 'Canada', fr: 'Canada' },
    iatiRef: 'XM-DAC-301',
    iatiType: '10',
  },
  {
    key: 'NL',
    kind: 'member_state',
    iso: 'NL',
    name: { en: 'Netherlands', fr: 'Pays-Bas' },
    iatiRef: 'XM-DAC-7',
    iatiType: '10',
  },
  {
    key: 'LT',
    kind: 'member_state',
    iso: 'LT',
    name: { en: 'Lithuania', fr: 'Lituanie' },
    iatiRef: 'XM-DAC-84',
    iatiType: '10',
  },
  {
    key: 'TR',
    kind: 'member_state',
    iso: 'TR',
    name: { en: 'Türkiye', fr: 'Türkiye' },
    iatiRef: 'XM-DAC-55',
    iatiType: '10',
  },
  {
    key: 'NSPA',
    kind: 'agency',
    name: { en: 'NATO Support and Procurement Agency', fr: 'Agence OTAN de soutien et d’acquisition' },
    iatiType: '40',
  },
  {
    key: 'UNDP',
    kind: 'international_organisation',
    name: {
      en: 'United Nations Development Programme',
      fr: 'Programme des Nations unies pour le développement',
    },
    iatiRef: 'XM-DAC-41114',
    iatiType: '40',
  },
];

export interface DemoIndicator {
  title: Bilingual;
  unit: IndicatorUnit;
  resultType: 'output' | 'outcome';
  baseline: string;
  baselineYear: number;
  periods: { start: string; end: string; target: string; actual: string | null }[];
}

export interface DemoProject {
  key: string;
  fund: string;
  parent?: string;
  code: string;
  title: Bilingual;
  objectives: Bilingual;
  country: string;
  agency: string;
  leads: string[];
  status: ProjectStatus;
  startsOn: string;
  endsOn: string | null;
  budgets: {
    kind: 'original' | 'revised';
    start: string;
    end: string;
    amount: string;
    currency: string;
    valueDate: string;
  }[];
  indicators: DemoIndicator[];
}

export interface DemoFund {
  key: string;
  code: string;
  name: Bilingual;
  description: Bilingual;
  currency: string;
  beneficiary?: string;
  manager: string;
}

export const demoFunds: DemoFund[] = [
  {
    key: 'ANA',
    code: 'ANA-TF',
    name: {
      en: 'Afghan National Army Trust Fund',
      fr: 'Fonds d’affectation spéciale pour l’armée nationale afghane',
    },
    description: {
      en: 'Equips and sustains the Afghan National Army: literacy programmes, medical supplies, training.',
      fr: 'Équipement et maintien en puissance de l’armée nationale afghane : alphabétisation, fournitures médicales, formation.',
    },
    currency: 'USD',
    beneficiary: 'AF',
    manager: 'NSPA',
  },
  {
    key: 'PTF',
    code: 'NATO-PTF',
    name: { en: 'NATO Partnership Trust Fund', fr: 'Fonds d’affectation spéciale du Partenariat de l’OTAN' },
    description: {
      en: 'Projects in partner countries: destroying surplus munitions and pesticides, clearing unexploded ordnance, securing stockpiles.',
      fr: 'Projets dans les pays partenaires : destruction de munitions et de pesticides, dépollution, sécurisation des stocks.',
    },
    currency: 'EUR',
    manager: 'NSPA',
  },
  {
    key: 'LOFTA',
    code: 'LOFTA',
    name: {
      en: 'Law and Order Trust Fund for Afghanistan',
      fr: 'Fonds d’affectation spéciale pour l’ordre public en Afghanistan',
    },
    description: {
      en: 'Pays and trains the Afghan police.',
      fr: 'Rémunération et formation de la police afghane.',
    },
    currency: 'USD',
    beneficiary: 'AF',
    manager: 'UNDP',
  },
  {
    key: 'APRP',
    code: 'APRP',
    name: {
      en: 'Afghanistan Peace and Reintegration Programme',
      fr: 'Programme afghan pour la paix et la réintégration',
    },
    description: { en: 'Reintegrates former insurgents.', fr: 'Réintégration des anciens insurgés.' },
    currency: 'USD',
    beneficiary: 'AF',
    manager: 'UNDP',
  },
  {
    key: 'DEV',
    code: 'AF-DEV',
    name: { en: 'Afghanistan development assistance', fr: 'Aide au développement de l’Afghanistan' },
    description: {
      en: 'Development and reconstruction, including grassroots projects chosen with the provincial reconstruction teams.',
      fr: 'Développement et reconstruction, dont les petits projets locaux choisis avec les équipes de reconstruction provinciale.',
    },
    currency: 'USD',
    beneficiary: 'AF',
    manager: 'NSPA',
  },
];

export interface DemoTransaction {
  fund: string;
  project?: string;
  type: TransactionType;
  donor?: string;
  amount: string;
  currency: string;
  date: string;
  earmark?: Bilingual;
  /** The key of the pledge this fulfils (`pledgeKey` of an earlier one). */
  pledge?: string;
  pledgeKey?: string;
  reference: string;
}

export const FACT = 'Fact sheet';
export const ILL = 'Illustrative (no figure or date in the fact sheet)';
export const OTHER = 'Illustrative donor';
