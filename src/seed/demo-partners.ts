import type {
  DatePrecision,
  MilestoneKind,
  PartnerKind,
  PartnerStatus,
  Releasability,
} from '../shared/enums';

export interface DemoMilestone {
  occurredOn: string;
  precision: DatePrecision;
  kind: MilestoneKind;
  title: { en: string; fr: string };
  description?: { en: string; fr: string };
}

export interface DemoPartner {
  isoCode: string | null;
  kind: PartnerKind;
  name: { en: string; fr: string };
  summary?: { en: string; fr: string };
  status: PartnerStatus;
  relationsSinceYear: number | null;
  releasability: Releasability;
  /** ISO codes of the partners a "releasable" record is shown to. */
  releasableToIso?: string[];
  frameworks: [code: string, joinedOn: string | null][];
  areas?: string[];
  milestones?: DemoMilestone[];
}

/** Japan, as the seed fact sheet (updated 15 May 2014) tells it, in our own words. */
export const japan: DemoPartner = {
  isoCode: 'JP',
  kind: 'country',
  name: { en: 'Japan', fr: 'Japon' },
  status: 'active',
  relationsSinceYear: 1990,
  releasability: 'public',
  frameworks: [['PAG', null]],
  areas: ['CRISIS', 'HADR', 'CYBER', 'CT', 'NONPRO', 'MILACT', 'BMD', 'MARSEC', 'AFG'],
  summary: {
    en:
      'Japan is the longest-standing of the Alliance’s partners across the globe. First contacts in the early ' +
      '1990s grew into a regular, structured dialogue on shared security interests, held in turn in Tokyo and ' +
      'at headquarters in Brussels. Practical cooperation covers crisis management and peace support, ' +
      'humanitarian assistance and disaster relief, cyber defence, counter-terrorism, non-proliferation and ' +
      'military activities; over the last decade, helping to stabilise Afghanistan became a priority. The joint ' +
      'political declaration of April 2013 and the individual partnership and cooperation programme concluded ' +
      'on 6 May 2014 set out where the two sides intend to work more closely.',
    fr:
      'Le Japon est le plus ancien des partenaires mondiaux de l’Alliance. Les premiers contacts, au début des ' +
      'années 1990, ont débouché sur un dialogue régulier et structuré sur les intérêts de sécurité communs, ' +
      'tenu tour à tour à Tokyo et au siège, à Bruxelles. La coopération pratique porte sur la gestion de crise ' +
      'et le soutien de la paix, l’assistance humanitaire et les secours en cas de catastrophe, la cyberdéfense, ' +
      'la lutte contre le terrorisme, la non-prolifération et les activités militaires ; depuis une dizaine ' +
      'd’années, la stabilisation de l’Afghanistan est devenue une priorité. La déclaration politique conjointe ' +
      'd’avril 2013 et le programme individuel de partenariat et de coopération conclu le 6 mai 2014 précisent ' +
      'les domaines où les deux parties entendent resserrer leur coopération.',
  },
  milestones: [
    {
      occurredOn: '2005-04-01',
      precision: 'month',
      kind: 'visit',
      title: { en: 'Secretary General visits Tokyo', fr: 'Le secrétaire général se rend à Tokyo' },
    },
    {
      occurredOn: '2007-01-01',
      precision: 'month',
      kind: 'visit',
      title: {
        en: 'Prime Minister Shinzo Abe addresses the North Atlantic Council',
        fr: 'Le premier ministre Shinzo Abe s’adresse au Conseil de l’Atlantique Nord',
      },
      description: {
        en: 'During his first term as prime minister.',
        fr: 'Au cours de son premier mandat de premier ministre.',
      },
    },
    {
      occurredOn: '2007-12-01',
      precision: 'month',
      kind: 'visit',
      title: {
        en: 'Secretary General visits Tokyo again',
        fr: 'Nouvelle visite du secrétaire général à Tokyo',
      },
    },
    {
      occurredOn: '2009-01-01',
      precision: 'year',
      kind: 'other',
      title: {
        en: 'Liaison officers join two provincial reconstruction teams in Afghanistan',
        fr: 'Des agents de liaison rejoignent deux équipes de reconstruction provinciale en Afghanistan',
      },
      description: {
        en: 'Japan seconds liaison officers to the Lithuanian-led team in Chaghcharan and the Swedish-led team in Mazar-i-Sharif.',
        fr: 'Le Japon détache des agents de liaison auprès de l’équipe lituanienne de Chaghcharan et de l’équipe suédoise de Mazar-i-Charif.',
      },
    },
    {
      occurredOn: '2011-05-01',
      precision: 'month',
      kind: 'visit',
      title: {
        en: 'Foreign Minister Takeaki Matsumoto meets Secretary General Rasmussen at headquarters',
        fr: 'Le ministre des Affaires étrangères Takeaki Matsumoto rencontre le secrétaire général Rasmussen au siège',
      },
    },
    {
      occurredOn: '2012-07-01',
      precision: 'month',
      kind: 'meeting',
      title: { en: 'Tokyo conference on Afghanistan', fr: 'Conférence de Tokyo sur l’Afghanistan' },
      description: {
        en: 'Japan hosts the conference that rallies international support for Afghanistan’s development.',
        fr: 'Le Japon accueille la conférence qui mobilise le soutien international au développement de l’Afghanistan.',
      },
    },
    {
      occurredOn: '2013-04-01',
      precision: 'month',
      kind: 'declaration',
      title: {
        en: 'Joint political declaration signed in Tokyo',
        fr: 'Déclaration politique conjointe signée à Tokyo',
      },
      description: {
        en:
          'Signed during Secretary General Rasmussen’s visit; names crisis management, peace support, disaster ' +
          'relief and defence against missiles, piracy and cyber attacks as areas for closer cooperation.',
        fr:
          'Signée lors de la visite du secrétaire général Rasmussen ; elle cite la gestion de crise, le soutien de ' +
          'la paix, les secours en cas de catastrophe et la défense contre les missiles, la piraterie et les ' +
          'cyberattaques comme domaines de coopération renforcée.',
      },
    },
    {
      occurredOn: '2014-05-06',
      precision: 'day',
      kind: 'programme',
      title: {
        en: 'Individual Partnership and Cooperation Programme concluded',
        fr: 'Conclusion du programme individuel de partenariat et de coopération',
      },
      description: {
        en: 'Concluded during Prime Minister Abe’s visit to headquarters, where he again addressed the North Atlantic Council.',
        fr: 'Conclu lors de la visite du premier ministre Abe au siège, où il s’est de nouveau adressé au Conseil de l’Atlantique Nord.',
      },
    },
  ],
};

const country = (
  isoCode: string,
  en: string,
  fr: string,
  frameworks: DemoPartner['frameworks'],
  relationsSinceYear: number | null,
  extra: Partial<DemoPartner> = {},
): DemoPartner => ({
  isoCode,
  kind: 'country',
  name: { en, fr },
  status: 'active',
  relationsSinceYear,
  releasability: 'public',
  frameworks,
  ...extra,
});

/** A handful of other partners, so that lists and filters mean something. */
export const otherPartners: DemoPartner[] = [
  country('AU', 'Australia', 'Australie', [['PAG', null]], 2005, { areas: ['CRISIS', 'CYBER', 'MARSEC'] }),
  country('KR', 'Republic of Korea', 'République de Corée', [['PAG', null]], 2005, {
    areas: ['CYBER', 'NONPRO'],
  }),
  country('NZ', 'New Zealand', 'Nouvelle-Zélande', [['PAG', null]], 2001, { areas: ['CRISIS', 'HADR'] }),
  country('MN', 'Mongolia', 'Mongolie', [['PAG', null]], 2012, {
    releasability: 'releasable',
    releasableToIso: ['MN', 'JP'],
    areas: ['CRISIS', 'MILACT'],
  }),
  country('GE', 'Georgia', 'Géorgie', [['PFP', '1994-03-23']], 1992, {
    areas: ['CRISIS', 'MILACT', 'CYBER'],
  }),
  country('MD', 'Republic of Moldova', 'République de Moldova', [['PFP', '1994-03-16']], 1992, {
    areas: ['NONPRO', 'HADR'],
  }),
  country('AZ', 'Azerbaijan', 'Azerbaïdjan', [['PFP', '1994-05-04']], 1992, { areas: ['HADR', 'MILACT'] }),
  country('TJ', 'Tajikistan', 'Tadjikistan', [['PFP', '2002-02-20']], 1992, { areas: ['CT', 'NONPRO'] }),
  country('UA', 'Ukraine', 'Ukraine', [['PFP', '1994-02-08']], 1991, {
    areas: ['CRISIS', 'CYBER', 'MARSEC'],
  }),
  country('CH', 'Switzerland', 'Suisse', [['PFP', '1996-12-11']], 1996, { areas: ['HADR', 'MILACT'] }),
  country('AT', 'Austria', 'Autriche', [['PFP', '1995-02-10']], 1995, { areas: ['CRISIS', 'HADR'] }),
  country('FI', 'Finland', 'Finlande', [['PFP', '1994-05-09']], 1992, {
    status: 'former',
    areas: ['CRISIS'],
  }),
  country('RU', 'Russia', 'Russie', [['PFP', '1994-06-22']], 1991, {
    status: 'suspended',
    releasability: 'internal',
  }),
  country('BY', 'Belarus', 'Bélarus', [['PFP', '1995-01-11']], 1992, {
    status: 'suspended',
    releasability: 'internal',
  }),
  country('MA', 'Morocco', 'Maroc', [['MD', '1995-02-08']], 1995, { areas: ['CT', 'MARSEC'] }),
  country('EG', 'Egypt', 'Égypte', [['MD', '1995-02-08']], 1995, { areas: ['CT'] }),
  country('JO', 'Jordan', 'Jordanie', [['MD', '1995-11-01']], 1995, { areas: ['CRISIS', 'CT'] }),
  country('TN', 'Tunisia', 'Tunisie', [['MD', '1995-02-08']], 1995, { areas: ['CT', 'MARSEC'] }),
  country('DZ', 'Algeria', 'Algérie', [['MD', '2000-03-14']], 2000, { areas: ['CT'] }),
  country('BH', 'Bahrain', 'Bahreïn', [['ICI', '2005-02-01']], 2005, { areas: ['MARSEC'] }),
  country('QA', 'Qatar', 'Qatar', [['ICI', '2005-05-01']], 2005, { areas: ['CT'] }),
  country('AE', 'United Arab Emirates', 'Émirats arabes unis', [['ICI', '2005-09-01']], 2005, {
    areas: ['CRISIS', 'MARSEC'],
  }),
  country('AF', 'Afghanistan', 'Afghanistan', [['PAG', null]], 2002, {
    status: 'suspended',
    releasability: 'internal',
    areas: ['AFG'],
  }),
  {
    isoCode: null,
    kind: 'international_organisation',
    name: { en: 'European Union', fr: 'Union européenne' },
    status: 'active',
    relationsSinceYear: 2001,
    releasability: 'public',
    frameworks: [],
    areas: ['CRISIS', 'CYBER', 'MARSEC'],
  },
];
