import type { ProviderKind } from '../shared/enums';

/** Partnership frameworks, as the domain guide names them. */
export const demoFrameworks = [
  {
    code: 'PFP',
    name: {
      en: 'Euro-Atlantic Partnership (Partnership for Peace)',
      fr: 'Partenariat euro-atlantique (Partenariat pour la paix)',
    },
    description: {
      en: 'Bilateral cooperation with European and Central Asian countries, opened in 1994.',
      fr: 'Coopération bilatérale avec des pays d’Europe et d’Asie centrale, ouverte en 1994.',
    },
    sinceYear: 1994,
  },
  {
    code: 'MD',
    name: { en: 'Mediterranean Dialogue', fr: 'Dialogue méditerranéen' },
    description: {
      en: 'Dialogue and cooperation with countries of the Mediterranean region, since 1994.',
      fr: 'Dialogue et coopération avec des pays de la région méditerranéenne, depuis 1994.',
    },
    sinceYear: 1994,
  },
  {
    code: 'ICI',
    name: { en: 'Istanbul Cooperation Initiative', fr: 'Initiative de coopération d’Istanbul' },
    description: {
      en: 'Practical security cooperation with countries of the broader Middle East, since 2004.',
      fr: 'Coopération pratique en matière de sécurité avec des pays du Moyen-Orient élargi, depuis 2004.',
    },
    sinceYear: 2004,
  },
  {
    code: 'PAG',
    name: { en: 'Partners across the globe', fr: 'Partenaires mondiaux' },
    description: {
      en: 'Countries beyond the Euro-Atlantic area that share the Alliance’s concerns and values.',
      fr: 'Pays situés hors de la région euro-atlantique qui partagent les préoccupations et les valeurs de l’Alliance.',
    },
    sinceYear: null,
  },
] as const;

/** The areas of cooperation the seed page names. */
export const demoAreas = [
  {
    code: 'CRISIS',
    name: { en: 'Crisis management and peace support', fr: 'Gestion de crise et soutien de la paix' },
  },
  {
    code: 'HADR',
    name: {
      en: 'Humanitarian assistance and disaster relief',
      fr: 'Assistance humanitaire et secours en cas de catastrophe',
    },
  },
  { code: 'CYBER', name: { en: 'Cyber defence', fr: 'Cyberdéfense' } },
  { code: 'CT', name: { en: 'Counter-terrorism', fr: 'Défense contre le terrorisme' } },
  { code: 'NONPRO', name: { en: 'Non-proliferation', fr: 'Non-prolifération' } },
  {
    code: 'MILACT',
    name: {
      en: 'Military activities: exercises, education and training',
      fr: 'Activités militaires : exercices, formation et entraînement',
    },
  },
  { code: 'BMD', name: { en: 'Missile defence', fr: 'Défense antimissile' } },
  {
    code: 'MARSEC',
    name: {
      en: 'Maritime security and counter-piracy',
      fr: 'Sécurité maritime et lutte contre la piraterie',
    },
  },
  { code: 'AFG', name: { en: 'Stabilisation of Afghanistan', fr: 'Stabilisation de l’Afghanistan' } },
] as const;

export interface DemoProvider {
  code: string;
  name: { en: string; fr: string };
  kind: ProviderKind;
  countryCode: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
}

/** Providers of every kind; the demo menu (demo-menu-catalogue.ts) knows where each one teaches what. */
export const demoProviders: DemoProvider[] = [
  {
    code: 'NSO',
    name: { en: 'NATO School Oberammergau', fr: 'École de l’OTAN d’Oberammergau' },
    kind: 'alliance_school',
    countryCode: 'DE',
    contactName: 'Registrar’s office',
    contactEmail: 'registrar@nso.demo.entente.example',
    contactPhone: '+49 8822 9480',
    website: 'https://nso.demo.entente.example',
  },
  {
    code: 'NDC',
    name: { en: 'NATO Defense College', fr: 'Collège de défense de l’OTAN' },
    kind: 'alliance_school',
    countryCode: 'IT',
    contactName: 'Academic Planning and Policy Division',
    contactEmail: 'courses@ndc.demo.entente.example',
    contactPhone: '+39 06 5052 5100',
    website: 'https://ndc.demo.entente.example',
  },
  {
    code: 'ACT',
    name: { en: 'Allied Command Transformation', fr: 'Commandement allié Transformation' },
    kind: 'alliance_command',
    countryCode: 'US',
    contactName: 'Partnership Education and Training',
    contactEmail: 'partners@act.demo.entente.example',
    contactPhone: '+1 757 747 3600',
    website: 'https://act.demo.entente.example',
  },
  {
    code: 'CCDCOE',
    name: {
      en: 'Cooperative Cyber Defence Centre of Excellence',
      fr: 'Centre d’excellence pour la cyberdéfense en coopération',
    },
    kind: 'centre_of_excellence',
    countryCode: 'EE',
    contactName: 'Training branch',
    contactEmail: 'training@ccdcoe.demo.entente.example',
    contactPhone: '+372 717 6800',
    website: 'https://ccdcoe.demo.entente.example',
  },
  {
    code: 'PTEC-ANK',
    name: { en: 'Partnership Training Centre Ankara', fr: 'Centre de formation au partenariat d’Ankara' },
    kind: 'training_centre',
    countryCode: 'TR',
    contactName: 'Course administration',
    contactEmail: 'courses@ptec-ank.demo.entente.example',
    contactPhone: '+90 312 400 1000',
    website: 'https://ptec-ank.demo.entente.example',
  },
  {
    code: 'NMIOTC',
    name: {
      en: 'Maritime Interdiction Operational Training Centre',
      fr: 'Centre d’entraînement aux opérations d’interdiction maritime',
    },
    kind: 'training_centre',
    countryCode: 'GR',
    contactName: 'Training directorate',
    contactEmail: 'training@nmiotc.demo.entente.example',
    contactPhone: '+30 28210 85700',
    website: 'https://nmiotc.demo.entente.example',
  },
  {
    code: 'COE-DAT',
    name: {
      en: 'Centre of Excellence Defence against Terrorism',
      fr: 'Centre d’excellence pour la défense contre le terrorisme',
    },
    kind: 'centre_of_excellence',
    countryCode: 'TR',
    contactName: 'Education and training department',
    contactEmail: 'info@coe-dat.demo.entente.example',
    contactPhone: '+90 312 425 8215',
    website: 'https://coe-dat.demo.entente.example',
  },
  {
    code: 'JCBRN-COE',
    name: {
      en: 'Joint CBRN Defence Centre of Excellence',
      fr: 'Centre d’excellence interarmées pour la défense NRBC',
    },
    kind: 'centre_of_excellence',
    countryCode: 'CZ',
    contactName: 'Education, training, exercise and evaluation',
    contactEmail: 'etee@jcbrn.demo.entente.example',
    contactPhone: '+420 973 452 805',
    website: 'https://jcbrn.demo.entente.example',
  },
  {
    code: 'FR-EDG',
    name: { en: 'French War College', fr: 'École de Guerre' },
    kind: 'member_state',
    countryCode: 'FR',
    contactName: 'Bureau des relations internationales',
    contactEmail: 'international@edg.demo.entente.example',
    contactPhone: '+33 1 44 42 30 11',
    website: 'https://edg.demo.entente.example',
  },
  {
    code: 'DIBS-GE',
    name: {
      en: 'Defence Institution Building School',
      fr: 'École de renforcement des institutions de défense',
    },
    kind: 'training_centre',
    countryCode: 'GE',
    contactName: 'Nino Gelashvili',
    contactEmail: 'courses@dibs.demo.entente.example',
    contactPhone: '+995 32 230 5000',
    website: 'https://dibs.demo.entente.example',
  },
  {
    code: 'AUTINT',
    name: {
      en: 'Austrian Armed Forces International Centre',
      fr: 'Centre international des forces armées autrichiennes',
    },
    kind: 'training_centre',
    countryCode: 'AT',
    contactName: 'Course management',
    contactEmail: 'courses@autint.demo.entente.example',
    contactPhone: '+43 50201 3330',
    website: 'https://autint.demo.entente.example',
  },
];
