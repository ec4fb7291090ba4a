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

export const demoProviders: {
  code: string;
  name: { en: string; fr: string };
  kind: ProviderKind;
  countryCode: string;
}[] = [
  {
    code: 'NSO',
    name: { en: 'NATO School Oberammergau', fr: 'École de l’OTAN d’Oberammergau' },
    kind: 'alliance_school',
    countryCode: 'DE',
  },
  {
    code: 'NDC',
    name: { en: 'NATO Defense College', fr: 'Collège de défense de l’OTAN' },
    kind: 'alliance_school',
    countryCode: 'IT',
  },
  {
    code: 'ACT',
    name: { en: 'Allied Command Transformation', fr: 'Commandement allié Transformation' },
    kind: 'alliance_command',
    countryCode: 'US',
  },
  {
    code: 'CCDCOE',
    name: {
      en: 'Cooperative Cyber Defence Centre of Excellence',
      fr: 'Centre d’excellence pour la cyberdéfense en coopération',
    },
    kind: 'centre_of_excellence',
    countryCode: 'EE',
  },
  {
    code: 'PTEC-ANK',
    name: { en: 'Partnership Training Centre Ankara', fr: 'Centre de formation au partenariat d’Ankara' },
    kind: 'training_centre',
    countryCode: 'TR',
  },
];
