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

const ha = (
  en: string,
  fr: string,
  target: string,
  actual: string | null,
  start: string,
  end: string,
  baselineYear: number,
): DemoIndicator => ({
  title: { en, fr },
  unit: 'hectares',
  resultType: 'output',
  baseline: '0',
  baselineYear,
  periods: [{ start, end, target, actual }],
});

export const demoProjects: DemoProject[] = [
  {
    key: 'ANA-LIT',
    fund: 'ANA',
    code: 'LIT',
    title: {
      en: 'Literacy programmes for the Afghan National Army',
      fr: 'Programmes d’alphabétisation de l’armée nationale afghane',
    },
    objectives: { en: 'Teach soldiers to read and write.', fr: 'Apprendre à lire et à écrire aux soldats.' },
    country: 'AF',
    agency: 'NSPA',
    leads: ['US'],
    status: 'completed',
    startsOn: '2011-01-01',
    endsOn: '2014-12-31',
    budgets: [
      {
        kind: 'original',
        start: '2011-01-01',
        end: '2014-12-31',
        amount: '25000000.00',
        currency: 'USD',
        valueDate: '2011-01-03',
      },
    ],
    indicators: [
      {
        title: {
          en: 'Soldiers completing a literacy course (illustrative)',
          fr: 'Soldats ayant suivi un cours d’alphabétisation (illustratif)',
        },
        unit: 'people',
        resultType: 'output',
        baseline: '0',
        baselineYear: 2011,
        periods: [{ start: '2011-01-01', end: '2014-12-31', target: '100000', actual: '92000' }],
      },
    ],
  },
  {
    key: 'ANA-MED',
    fund: 'ANA',
    code: 'MED',
    title: {
      en: 'Medical supplies for the Afghan National Army',
      fr: 'Fournitures médicales pour l’armée nationale afghane',
    },
    objectives: {
      en: 'Buy and deliver medical supplies.',
      fr: 'Acheter et livrer des fournitures médicales.',
    },
    country: 'AF',
    agency: 'NSPA',
    leads: ['US'],
    status: 'completed',
    startsOn: '2012-01-01',
    endsOn: '2013-12-31',
    budgets: [
      {
        kind: 'original',
        start: '2012-01-01',
        end: '2013-12-31',
        amount: '4000000.00',
        currency: 'USD',
        valueDate: '2012-01-02',
      },
    ],
    indicators: [],
  },
  {
    key: 'TJ-ASM',
    fund: 'PTF',
    code: 'TJ-ASM',
    title: {
      en: 'Ammunition stockpile management, Tajikistan',
      fr: 'Gestion des stocks de munitions, Tadjikistan',
    },
    objectives: {
      en: 'Make surplus ammunition safe and secure the depots.',
      fr: 'Neutraliser les munitions excédentaires et sécuriser les dépôts.',
    },
    country: 'TJ',
    agency: 'NSPA',
    leads: ['US'],
    status: 'in_implementation',
    startsOn: '2012-03-01',
    endsOn: '2027-12-31',
    budgets: [
      {
        kind: 'original',
        start: '2012-03-01',
        end: '2016-12-31',
        amount: '2500000.00',
        currency: 'EUR',
        valueDate: '2012-03-01',
      },
      {
        kind: 'revised',
        start: '2012-03-01',
        end: '2016-12-31',
        amount: '3100000.00',
        currency: 'EUR',
        valueDate: '2014-05-05',
      },
    ],
    indicators: [
      {
        title: {
          en: 'Ammunition destroyed or repacked (illustrative)',
          fr: 'Munitions détruites ou reconditionnées (illustratif)',
        },
        unit: 'tonnes',
        resultType: 'output',
        baseline: '0',
        baselineYear: 2012,
        periods: [{ start: '2012-03-01', end: '2016-12-31', target: '1200', actual: '950' }],
      },
    ],
  },
  {
    key: 'MD-PEST',
    fund: 'PTF',
    code: 'MD-PEST',
    title: {
      en: 'Pesticide destruction, Republic of Moldova',
      fr: 'Destruction de pesticides, République de Moldova',
    },
    objectives: {
      en: 'Remove and destroy obsolete pesticides.',
      fr: 'Enlever et détruire les pesticides périmés.',
    },
    country: 'MD',
    agency: 'NSPA',
    leads: ['NL'],
    status: 'completed',
    startsOn: '2007-01-01',
    endsOn: '2013-12-31',
    budgets: [
      {
        kind: 'original',
        start: '2007-01-01',
        end: '2013-12-31',
        amount: '3200000.00',
        currency: 'EUR',
        valueDate: '2007-01-02',
      },
    ],
    indicators: [
      {
        title: { en: 'Pesticides destroyed (illustrative)', fr: 'Pesticides détruits (illustratif)' },
        unit: 'tonnes',
        resultType: 'output',
        baseline: '0',
        baselineYear: 2007,
        periods: [{ start: '2007-01-01', end: '2013-12-31', target: '1300', actual: '1300' }],
      },
    ],
  },
  {
    key: 'GE-EOD',
    fund: 'PTF',
    code: 'GE-EOD',
    title: {
      en: 'Explosive ordnance disposal at a former depot site, Georgia',
      fr: 'Neutralisation des explosifs et munitions sur le site d’un ancien dépôt, Géorgie',
    },
    objectives: {
      en: 'Clear the site of explosive ordnance.',
      fr: 'Dépolluer le site des explosifs et munitions.',
    },
    country: 'GE',
    agency: 'NSPA',
    leads: ['LT'],
    status: 'completed',
    startsOn: '2010-06-01',
    endsOn: '2014-06-30',
    budgets: [
      {
        kind: 'original',
        start: '2010-06-01',
        end: '2014-06-30',
        amount: '1600000.00',
        currency: 'EUR',
        valueDate: '2010-06-01',
      },
    ],
    indicators: [
      ha(
        'Depot site cleared (illustrative)',
        'Site du dépôt dépollué (illustratif)',
        '250',
        '250',
        '2010-06-01',
        '2014-06-30',
        2010,
      ),
    ],
  },
  {
    key: 'AZ-UXO',
    fund: 'PTF',
    code: 'AZ-UXO',
    title: {
      en: 'Clearance of unexploded ordnance, Azerbaijan',
      fr: 'Dépollution des munitions non explosées, Azerbaïdjan',
    },
    objectives: {
      en: 'Clear 571 hectares of land contaminated by unexploded ordnance and dispose of it safely.',
      fr: 'Nettoyer 571 hectares de terrains contaminés et éliminer en toute sécurité les munitions non explosées.',
    },
    country: 'AZ',
    agency: 'NSPA',
    leads: ['TR'],
    status: 'completed',
    startsOn: '2006-01-01',
    endsOn: '2010-12-31',
    budgets: [
      {
        kind: 'original',
        start: '2006-01-01',
        end: '2010-12-31',
        amount: '2000000.00',
        currency: 'EUR',
        valueDate: '2007-01-02',
      },
    ],
    indicators: [ha('Area cleared', 'Surface dépolluée', '571', '571', '2006-01-01', '2010-12-31', 2006)],
  },
  {
    key: 'AZ-UXO-2',
    fund: 'PTF',
    parent: 'AZ-UXO',
    code: 'AZ-UXO-2',
    title: {
      en: 'Clearance of unexploded ordnance, Azerbaijan — phase 2 (since 2011)',
      fr: 'Dépollution des munitions non explosées, Azerbaïdjan — phase 2 (depuis 2011)',
    },
    objectives: { en: 'A similar project, since 2011.', fr: 'Un projet similaire, depuis 2011.' },
    country: 'AZ',
    agency: 'NSPA',
    leads: ['TR'],
    status: 'in_implementation',
    startsOn: '2011-01-01',
    endsOn: null,
    budgets: [
      {
        kind: 'original',
        start: '2011-01-01',
        end: '2016-12-31',
        amount: '2800000.00',
        currency: 'EUR',
        valueDate: '2011-01-03',
      },
    ],
    indicators: [
      ha(
        'Area cleared (illustrative)',
        'Surface dépolluée (illustratif)',
        '800',
        '430',
        '2011-01-01',
        '2016-12-31',
        2011,
      ),
    ],
  },
  {
    key: 'AF-AMPS',
    fund: 'PTF',
    code: 'AF-AMPS',
    title: {
      en: 'Ammunition management and physical security, Afghanistan',
      fr: 'Gestion des munitions et sécurité physique, Afghanistan',
    },
    objectives: {
      en: 'Improve how ammunition is stored, accounted for and guarded.',
      fr: 'Améliorer le stockage, la comptabilité et la garde des munitions.',
    },
    country: 'AF',
    agency: 'NSPA',
    leads: ['US'],
    status: 'completed',
    startsOn: '2011-06-01',
    endsOn: '2014-12-31',
    budgets: [
      {
        kind: 'original',
        start: '2011-06-01',
        end: '2014-12-31',
        amount: '5000000.00',
        currency: 'EUR',
        valueDate: '2011-06-01',
      },
    ],
    indicators: [],
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

const FACT = 'Fact sheet';
const ILL = 'Illustrative (no figure or date in the fact sheet)';
const OTHER = 'Illustrative donor';

export const demoTransactions: DemoTransaction[] = [
  // Japan, from the fact sheet.
  {
    fund: 'ANA',
    project: 'ANA-LIT',
    type: 'incoming_pledge',
    donor: 'JP',
    amount: '20000000.00',
    currency: 'USD',
    date: '2011-03-01',
    pledgeKey: 'JP-LIT',
    earmark: { en: 'Literacy programmes', fr: 'Programmes d’alphabétisation' },
    reference: `${FACT}: USD 20 million for literacy (date illustrative)`,
  },
  {
    fund: 'ANA',
    project: 'ANA-LIT',
    type: 'incoming_commitment',
    donor: 'JP',
    amount: '20000000.00',
    currency: 'USD',
    date: '2011-06-01',
    pledge: 'JP-LIT',
    earmark: { en: 'Literacy programmes', fr: 'Programmes d’alphabétisation' },
    reference: `${FACT} (date illustrative)`,
  },
  {
    fund: 'ANA',
    project: 'ANA-LIT',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '20000000.00',
    currency: 'USD',
    date: '2012-06-29',
    pledge: 'JP-LIT',
    earmark: { en: 'Literacy programmes', fr: 'Programmes d’alphabétisation' },
    reference: `${FACT} (date illustrative)`,
  },
  {
    fund: 'ANA',
    project: 'ANA-MED',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '250000000',
    currency: 'JPY',
    date: '2012-09-14',
    earmark: { en: 'Medical supplies', fr: 'Fournitures médicales' },
    reference: ILL,
  },
  {
    fund: 'LOFTA',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '199000000.00',
    currency: 'USD',
    date: '2010-06-30',
    reference: `${FACT}: close to USD 600 million over 2010–2012 (yearly split illustrative)`,
  },
  {
    fund: 'LOFTA',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '200000000.00',
    currency: 'USD',
    date: '2011-06-30',
    reference: `${FACT} (yearly split illustrative)`,
  },
  {
    fund: 'LOFTA',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '198000000.00',
    currency: 'USD',
    date: '2012-06-29',
    reference: `${FACT} (yearly split illustrative)`,
  },
  {
    fund: 'APRP',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '52000000.00',
    currency: 'USD',
    date: '2011-09-15',
    reference: `${FACT}: USD 52 million (date illustrative)`,
  },
  {
    fund: 'DEV',
    type: 'incoming_pledge',
    donor: 'JP',
    amount: '5000000000.00',
    currency: 'USD',
    date: '2009-11-10',
    pledgeKey: 'JP-DEV',
    earmark: { en: 'Development of Afghanistan, 2009–2013', fr: 'Développement de l’Afghanistan, 2009-2013' },
    reference: `${FACT}: USD 5 billion over five years (2009–2013)`,
  },
  {
    fund: 'DEV',
    type: 'incoming_commitment',
    donor: 'JP',
    amount: '20000000.00',
    currency: 'USD',
    date: '2009-12-01',
    pledge: 'JP-DEV',
    earmark: {
      en: 'Grassroots projects (GAGP), with the reconstruction teams',
      fr: 'Petits projets locaux (GAGP), avec les équipes de reconstruction',
    },
    reference: `${FACT}: USD 20 million of grassroots grants (date illustrative)`,
  },
  {
    fund: 'PTF',
    project: 'TJ-ASM',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '60000000',
    currency: 'JPY',
    date: '2012-09-14',
    reference: ILL,
  },
  {
    fund: 'PTF',
    project: 'MD-PEST',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '30000000',
    currency: 'JPY',
    date: '2008-04-15',
    reference: ILL,
  },
  {
    fund: 'PTF',
    project: 'GE-EOD',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '45000000',
    currency: 'JPY',
    date: '2010-09-15',
    reference: ILL,
  },
  {
    fund: 'PTF',
    project: 'AZ-UXO',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '40000000',
    currency: 'JPY',
    date: '2007-05-15',
    reference: ILL,
  },
  {
    fund: 'PTF',
    project: 'AZ-UXO-2',
    type: 'incoming_pledge',
    donor: 'JP',
    amount: '80000000',
    currency: 'JPY',
    date: '2011-04-01',
    pledgeKey: 'JP-AZ2',
    reference: ILL,
  },
  {
    fund: 'PTF',
    project: 'AZ-UXO-2',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '50000000',
    currency: 'JPY',
    date: '2012-09-14',
    pledge: 'JP-AZ2',
    reference: ILL,
  },
  {
    fund: 'PTF',
    project: 'AF-AMPS',
    type: 'incoming_funds',
    donor: 'JP',
    amount: '100000000',
    currency: 'JPY',
    date: '2012-03-15',
    reference: ILL,
  },
  // Other donors, so that totals and charts mean something.
  {
    fund: 'ANA',
    type: 'incoming_funds',
    donor: 'US',
    amount: '45000000.00',
    currency: 'USD',
    date: '2011-06-30',
    reference: OTHER,
  },
  {
    fund: 'ANA',
    type: 'incoming_funds',
    donor: 'GB',
    amount: '15000000.00',
    currency: 'GBP',
    date: '2012-03-15',
    reference: OTHER,
  },
  {
    fund: 'ANA',
    type: 'incoming_funds',
    donor: 'DE',
    amount: '20000000.00',
    currency: 'EUR',
    date: '2012-06-29',
    reference: OTHER,
  },
  {
    fund: 'ANA',
    type: 'incoming_funds',
    donor: 'AU',
    amount: '30000000.00',
    currency: 'USD',
    date: '2013-06-28',
    reference: OTHER,
  },
  {
    fund: 'ANA',
    type: 'incoming_pledge',
    donor: 'NO',
    amount: '120000000.00',
    currency: 'NOK',
    date: '2012-09-14',
    pledgeKey: 'NO-ANA',
    reference: OTHER,
  },
  {
    fund: 'ANA',
    type: 'incoming_funds',
    donor: 'NO',
    amount: '80000000.00',
    currency: 'NOK',
    date: '2013-06-28',
    pledge: 'NO-ANA',
    reference: OTHER,
  },
  {
    fund: 'PTF',
    project: 'TJ-ASM',
    type: 'incoming_funds',
    donor: 'US',
    amount: '1200000.00',
    currency: 'USD',
    date: '2012-06-29',
    reference: OTHER,
  },
  {
    fund: 'PTF',
    project: 'TJ-ASM',
    type: 'incoming_funds',
    donor: 'CH',
    amount: '500000.00',
    currency: 'CHF',
    date: '2013-06-28',
    reference: OTHER,
  },
  {
    fund: 'PTF',
    project: 'MD-PEST',
    type: 'incoming_funds',
    donor: 'NL',
    amount: '1500000.00',
    currency: 'EUR',
    date: '2007-06-15',
    reference: OTHER,
  },
  {
    fund: 'PTF',
    project: 'MD-PEST',
    type: 'incoming_funds',
    donor: 'AT',
    amount: '400000.00',
    currency: 'EUR',
    date: '2008-04-15',
    reference: OTHER,
  },
  {
    fund: 'PTF',
    project: 'GE-EOD',
    type: 'incoming_funds',
    donor: 'LT',
    amount: '300000.00',
    currency: 'EUR',
    date: '2010-09-15',
    reference: OTHER,
  },
  {
    fund: 'PTF',
    project: 'GE-EOD',
    type: 'incoming_funds',
    donor: 'FI',
    amount: '450000.00',
    currency: 'EUR',
    date: '2011-03-15',
    reference: OTHER,
  },
  {
    fund: 'PTF',
    project: 'AZ-UXO',
    type: 'incoming_funds',
    donor: 'TR',
    amount: '600000.00',
    currency: 'EUR',
    date: '2007-05-15',
    reference: OTHER,
  },
  {
    fund: 'PTF',
    project: 'AZ-UXO-2',
    type: 'incoming_funds',
    donor: 'CA',
    amount: '900000.00',
    currency: 'CAD',
    date: '2013-06-28',
    reference: OTHER,
  },
  {
    fund: 'PTF',
    project: 'AF-AMPS',
    type: 'incoming_funds',
    donor: 'US',
    amount: '2000000.00',
    currency: 'USD',
    date: '2012-03-15',
    reference: OTHER,
  },
  // Money out: the fund passes it to the projects, which spend it.
  {
    fund: 'ANA',
    project: 'ANA-LIT',
    type: 'disbursement',
    amount: '20000000.00',
    currency: 'USD',
    date: '2012-09-14',
    reference: ILL,
  },
  {
    fund: 'ANA',
    project: 'ANA-LIT',
    type: 'expenditure',
    amount: '18500000.00',
    currency: 'USD',
    date: '2014-06-30',
    reference: ILL,
  },
  {
    fund: 'ANA',
    project: 'ANA-MED',
    type: 'disbursement',
    amount: '2300000.00',
    currency: 'USD',
    date: '2013-06-28',
    reference: ILL,
  },
  {
    fund: 'PTF',
    project: 'MD-PEST',
    type: 'disbursement',
    amount: '2000000.00',
    currency: 'EUR',
    date: '2008-06-16',
    reference: ILL,
  },
  {
    fund: 'PTF',
    project: 'AZ-UXO',
    type: 'disbursement',
    amount: '850000.00',
    currency: 'EUR',
    date: '2007-09-17',
    reference: ILL,
  },
  {
    fund: 'PTF',
    project: 'GE-EOD',
    type: 'disbursement',
    amount: '1000000.00',
    currency: 'EUR',
    date: '2011-06-30',
    reference: ILL,
  },
  {
    fund: 'PTF',
    project: 'TJ-ASM',
    type: 'disbursement',
    amount: '1500000.00',
    currency: 'EUR',
    date: '2013-09-16',
    reference: ILL,
  },
  {
    fund: 'PTF',
    project: 'TJ-ASM',
    type: 'expenditure',
    amount: '1100000.00',
    currency: 'EUR',
    date: '2014-05-05',
    reference: ILL,
  },
];
