import type { ActivityKind } from '../shared/enums';
import { aLa, bare, rest, type Topic } from './demo-menu-catalogue';

/**
 * Word lists for the demo menu (`demo-menu.ts`), continued: title and description patterns per kind
 * of activity, and where each provider holds its activities.
 */

export interface KindCatalogue {
  weight: number;
  /** Title patterns, English and French side by side; `extra` is an exercise name or a level. */
  titles: [en: (t: Topic, extra: string) => string, fr: (t: Topic, extra: string) => string][];
  /** The noun in running text: "This course" / « Ce cours ». */
  noun: { en: string; fr: string; feminine: boolean };
  /** Length in days (start to end, inclusive); null: self-paced. */
  days: [min: number, max: number] | null;
  /** Share of iterations held online. */
  online: number;
}

export const kindCatalogue: Record<Exclude<ActivityKind, 'other'>, KindCatalogue> = {
  course: {
    weight: 36,
    titles: [
      [(t) => `${t.en} Course`, (t) => `Cours sur ${t.fr}`],
      [(t) => `Advanced ${t.en} Course`, (t) => `Cours avancé sur ${t.fr}`],
      [(t) => `Introduction to ${t.en}`, (t) => `Initiation ${aLa(t.fr)}`],
      [(t) => `${t.en} for Staff Officers`, (t) => `${bare(t.fr)} pour officiers d’état-major`],
      [(t) => `${t.en} Orientation Course`, (t) => `Cours d’orientation sur ${t.fr}`],
    ],
    noun: { en: 'course', fr: 'cours', feminine: false },
    days: [3, 10],
    online: 0.05,
  },
  seminar: {
    weight: 12,
    titles: [
      [(t) => `${t.en} Seminar`, (t) => `Séminaire sur ${t.fr}`],
      [(t) => `Senior Leaders’ Seminar on ${t.en}`, (t) => `Séminaire de haut niveau sur ${t.fr}`],
    ],
    noun: { en: 'seminar', fr: 'séminaire', feminine: false },
    days: [2, 4],
    online: 0.1,
  },
  workshop: {
    weight: 12,
    titles: [
      [(t) => `${t.en} Workshop`, (t) => `Atelier sur ${t.fr}`],
      [(t) => `Lessons Learned Workshop: ${t.en}`, (t) => `Atelier de retour d’expérience : ${rest(t.fr)}`],
    ],
    noun: { en: 'workshop', fr: 'atelier', feminine: false },
    days: [2, 5],
    online: 0.15,
  },
  conference: {
    weight: 5,
    titles: [
      [(t) => `Annual Conference on ${t.en}`, (t) => `Conférence annuelle sur ${t.fr}`],
      [(t) => `${t.en} Conference`, (t) => `Conférence sur ${t.fr}`],
    ],
    noun: { en: 'conference', fr: 'conférence', feminine: true },
    days: [1, 3],
    online: 0.1,
  },
  exercise: {
    weight: 9,
    titles: [
      [(t, x) => `Exercise ${x}: ${t.en}`, (t, x) => `Exercice « ${x} » : ${rest(t.fr)}`],
      [
        (t, x) => `${t.en} Command Post Exercise ${x}`,
        (t, x) => `Exercice de poste de commandement « ${x} » (${rest(t.fr)})`,
      ],
    ],
    noun: { en: 'exercise', fr: 'exercice', feminine: false },
    days: [4, 10],
    online: 0,
  },
  mobile_training_team: {
    weight: 6,
    titles: [[(t) => `Mobile Training Team: ${t.en}`, (t) => `Équipe mobile de formation : ${rest(t.fr)}`]],
    noun: { en: 'mobile training team', fr: 'équipe mobile de formation', feminine: true },
    days: [3, 5],
    online: 0,
  },
  e_learning: {
    weight: 12,
    titles: [
      [(t) => `${t.en} (e-learning)`, (t) => `${bare(t.fr)} (formation en ligne)`],
      [(t) => `Online Module: ${t.en}`, (t) => `Module en ligne : ${rest(t.fr)}`],
    ],
    noun: { en: 'online module', fr: 'module en ligne', feminine: false },
    days: null,
    online: 1,
  },
  expert_visit: {
    weight: 8,
    titles: [[(t) => `Expert Visit on ${t.en}`, (t) => `Visite d’experts sur ${t.fr}`]],
    noun: { en: 'expert visit', fr: 'visite d’experts', feminine: true },
    days: [1, 3],
    online: 0,
  },
};

/** Names of exercises, the same in both languages as real ones are. */
export const exerciseNames = [
  'Steadfast Horizon',
  'Amber Lantern',
  'Baltic Shield',
  'Cold Harbour',
  'Silver Compass',
  'Northern Beacon',
  'Trident Bridge',
  'Blue Meridian',
  'Eagle Crest',
  'Granite Sentinel',
];

/** Sentences of a description, English and French side by side, by role. */
export const audiences: [string, string][] = [
  [
    'officers and civilian officials of partner nations at OF-2 to OF-4 level',
    'aux officiers et aux fonctionnaires civils des pays partenaires de rang OF-2 à OF-4',
  ],
  [
    'senior officers (OF-5 and above) and their civilian equivalents',
    'aux officiers supérieurs (OF-5 et au-delà) et à leurs homologues civils',
  ],
  [
    'staff officers who will serve in a multinational headquarters',
    'aux officiers d’état-major appelés à servir dans un quartier général multinational',
  ],
  ['non-commissioned officers and specialists', 'aux sous-officiers et aux spécialistes'],
  [
    'instructors of partner training institutions',
    'aux instructeurs des établissements de formation des pays partenaires',
  ],
];

export const methods: [string, string][] = [
  [
    'Syndicate work and a table-top exercise complement the lectures.',
    'Des travaux en groupe et un exercice sur table complètent les exposés.',
  ],
  [
    'Participants work through a realistic scenario in mixed teams.',
    'Les participants traitent un scénario réaliste en équipes mixtes.',
  ],
  [
    'Lectures by practitioners are followed by open discussion under the Chatham House rule.',
    'Les exposés de praticiens sont suivis d’un débat libre selon la règle de Chatham House.',
  ],
  [
    'Hands-on sessions in a training laboratory take up half of the programme.',
    'Des séances pratiques en laboratoire occupent la moitié du programme.',
  ],
  [
    'A visit to a national facility closes the programme.',
    'Une visite d’un site national conclut le programme.',
  ],
];

export const languageNames: Record<string, [string, string]> = {
  en: ['English', 'anglais'],
  fr: ['French', 'français'],
  ru: ['Russian', 'russe'],
  ar: ['Arabic', 'arabe'],
  de: ['German', 'allemand'],
  uk: ['Ukrainian', 'ukrainien'],
  ka: ['Georgian', 'géorgien'],
  es: ['Spanish', 'espagnol'],
};

export interface Host {
  city: string;
  countryCode: string;
}

/** Where each demo provider holds its activities (the first is its home), and what it mostly teaches. */
export const providerProfiles: Record<string, { hosts: Host[]; areas: string[]; contact: string }> = {
  NSO: {
    hosts: [{ city: 'Oberammergau', countryCode: 'DE' }],
    areas: ['CRISIS', 'CT', 'NONPRO', 'MILACT', 'HADR', 'BMD', 'CYBER'],
    contact: 'Major Lukas Brandt',
  },
  NDC: {
    hosts: [{ city: 'Rome', countryCode: 'IT' }],
    areas: ['CRISIS', 'MILACT', 'CT'],
    contact: 'Colonel Giulia Romano',
  },
  ACT: {
    hosts: [
      { city: 'Norfolk', countryCode: 'US' },
      { city: 'Brussels', countryCode: 'BE' },
      { city: 'Stavanger', countryCode: 'NO' },
    ],
    areas: ['MILACT', 'CRISIS', 'CYBER', 'BMD'],
    contact: 'Commander Sarah Mitchell',
  },
  CCDCOE: {
    hosts: [{ city: 'Tallinn', countryCode: 'EE' }],
    areas: ['CYBER'],
    contact: 'Kadri Tamm',
  },
  'PTEC-ANK': {
    hosts: [{ city: 'Ankara', countryCode: 'TR' }],
    areas: ['MILACT', 'CRISIS', 'HADR', 'CT'],
    contact: 'Lieutenant Colonel Emre Yılmaz',
  },
  NMIOTC: {
    hosts: [{ city: 'Souda Bay', countryCode: 'GR' }],
    areas: ['MARSEC', 'CT'],
    contact: 'Commander Nikos Papadakis',
  },
  'COE-DAT': {
    hosts: [{ city: 'Ankara', countryCode: 'TR' }],
    areas: ['CT'],
    contact: 'Lieutenant Colonel Ayşe Demir',
  },
  'JCBRN-COE': {
    hosts: [{ city: 'Vyškov', countryCode: 'CZ' }],
    areas: ['NONPRO', 'HADR'],
    contact: 'Major Petr Novák',
  },
  'FR-EDG': {
    hosts: [{ city: 'Paris', countryCode: 'FR' }],
    areas: ['MILACT', 'CRISIS', 'MARSEC'],
    contact: 'Capitaine de frégate Hélène Marchand',
  },
  'DIBS-GE': {
    hosts: [{ city: 'Tbilisi', countryCode: 'GE' }],
    areas: ['MILACT', 'CRISIS', 'AFG'],
    contact: 'Giorgi Kapanadze',
  },
  AUTINT: {
    hosts: [{ city: 'Götzendorf', countryCode: 'AT' }],
    areas: ['CRISIS', 'HADR', 'AFG'],
    contact: 'Oberstleutnant Martin Huber',
  },
};

/** Hosts for a provider the profiles do not know (the tests' own providers, for instance). */
export const otherHosts: Host[] = [
  { city: 'Brussels', countryCode: 'BE' },
  { city: 'Oberammergau', countryCode: 'DE' },
  { city: 'Rome', countryCode: 'IT' },
  { city: 'Tallinn', countryCode: 'EE' },
  { city: 'Ankara', countryCode: 'TR' },
  { city: 'Tbilisi', countryCode: 'GE' },
  { city: 'Vilnius', countryCode: 'LT' },
  { city: 'Bucharest', countryCode: 'RO' },
];

/** A few activities are hosted by a partner: mobile training teams and expert visits travel. */
export const partnerHosts: Host[] = [
  { city: 'Tbilisi', countryCode: 'GE' },
  { city: 'Kyiv', countryCode: 'UA' },
  { city: 'Chișinău', countryCode: 'MD' },
  { city: 'Amman', countryCode: 'JO' },
  { city: 'Rabat', countryCode: 'MA' },
  { city: 'Kuwait City', countryCode: 'KW' },
  { city: 'Tokyo', countryCode: 'JP' },
  { city: 'Canberra', countryCode: 'AU' },
];
