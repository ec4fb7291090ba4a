import { foldForSearch } from '../../core/bilingual';
import type { Locale } from '../../shared/enums';

/**
 * The columns of the menu spreadsheet, shared by the import, the export and the template: one row per
 * iteration, the activity's columns repeated on each of its rows. Headers are accepted in English or
 * French, in any order, whatever their case and accents (`docs/guide/menu-import.md` documents them).
 */
export const columnKeys = [
  'code',
  'year',
  'provider',
  'kind',
  'title_en',
  'title_fr',
  'description_en',
  'description_fr',
  'areas',
  'languages',
  'fee',
  'currency',
  'clearance',
  'contact_name',
  'contact_email',
  'second_approval',
  'eligibility',
  'eligible_frameworks',
  'eligible_partners',
  'releasability',
  'releasable_to',
  'recurring',
  'self_paced',
  'start',
  'end',
  'online',
  'city',
  'country',
  'seats',
  'partner_seat_limit',
  'deadline',
] as const;
export type ColumnKey = (typeof columnKeys)[number];

export interface Column {
  key: ColumnKey;
  en: string;
  fr: string;
  /** The file must have this column (its cells may still be empty where the rules allow). */
  required: boolean;
  /** Activity columns repeat on every row of the activity; iteration columns describe the row's run. */
  level: 'activity' | 'iteration';
  /** The template's example row. */
  example: string;
}

const column = (
  key: ColumnKey,
  fr: string,
  example: string,
  options: { required?: boolean; level?: 'activity' | 'iteration' } = {},
): Column => ({
  key,
  en: key,
  fr,
  required: options.required ?? false,
  level: options.level ?? 'activity',
  example,
});

const iteration = { level: 'iteration' } as const;
const required = { required: true } as const;

export const columns: readonly Column[] = [
  column('code', 'code', 'NSO.CY-101', required),
  column('year', 'année', '2026', required),
  column('provider', 'fournisseur', 'NSO', required),
  column('kind', 'type', 'course', required),
  column('title_en', 'titre_en', 'Cyber defence fundamentals', required),
  column('title_fr', 'titre_fr', 'Fondamentaux de la cyberdéfense', required),
  column('description_en', 'description_en', 'Five days on protecting networks.'),
  column('description_fr', 'description_fr', 'Cinq jours sur la protection des réseaux.'),
  column('areas', 'domaines', 'CYBER', required),
  column('languages', 'langues', 'en;fr', required),
  column('fee', 'frais', ''),
  column('currency', 'devise', ''),
  column('clearance', 'habilitation', 'none'),
  column('contact_name', 'contact_nom', 'Course director'),
  column('contact_email', 'contact_courriel', 'courses@example.org'),
  column('second_approval', 'seconde_approbation', 'no'),
  column('eligibility', 'éligibilité', 'all'),
  column('eligible_frameworks', 'cadres_éligibles', ''),
  column('eligible_partners', 'partenaires_éligibles', ''),
  column('releasability', 'diffusion', 'public'),
  column('releasable_to', 'communicable_à', ''),
  column('recurring', 'récurrente', 'yes'),
  column('self_paced', 'rythme_libre', 'no', iteration),
  column('start', 'début', '2026-03-09', iteration),
  column('end', 'fin', '2026-03-13', iteration),
  column('online', 'en_ligne', 'no', iteration),
  column('city', 'ville', 'Oberammergau', iteration),
  column('country', 'pays', 'DE', iteration),
  column('seats', 'places', '12', iteration),
  // Optional, so that files written before the column existed still import: empty is no limit.
  column('partner_seat_limit', 'places_par_partenaire', '', iteration),
  column('deadline', 'date_limite', '2026-01-26', iteration),
];

export const columnByKey = new Map(columns.map((c) => [c.key, c]));

/** Where a Zod issue of the activity body belongs in the file. */
export const activityPathColumns: Record<string, ColumnKey> = {
  year: 'year',
  code: 'code',
  providerId: 'provider',
  kind: 'kind',
  title: 'title_en',
  'title.en': 'title_en',
  'title.fr': 'title_fr',
  description: 'description_en',
  'description.en': 'description_en',
  'description.fr': 'description_fr',
  areaIds: 'areas',
  languages: 'languages',
  fee: 'fee',
  'fee.amount': 'fee',
  'fee.currency': 'currency',
  clearance: 'clearance',
  contactName: 'contact_name',
  contactEmail: 'contact_email',
  secondApproval: 'second_approval',
  eligibility: 'eligibility',
  'eligibility.kind': 'eligibility',
  'eligibility.frameworkIds': 'eligible_frameworks',
  'eligibility.partnerIds': 'eligible_partners',
  releasability: 'releasability',
  releasableTo: 'releasable_to',
  recurring: 'recurring',
  iterations: 'start',
};
export const iterationPathColumns: Record<string, ColumnKey> = {
  startsOn: 'start',
  endsOn: 'end',
  online: 'online',
  city: 'city',
  countryCode: 'country',
  seats: 'seats',
  partnerSeatLimit: 'partner_seat_limit',
  nominationDeadline: 'deadline',
};

/** Case, accents, spaces and dashes do not matter: `Date limite`, `DATE-LIMITE` and `date_limite` match. */
export function foldHeader(header: string): string {
  return foldForSearch(header).replace(/[\s-]+/g, '_');
}

const byFoldedHeader = new Map<string, ColumnKey>(
  columns.flatMap((c) => [
    [foldHeader(c.en), c.key],
    [foldHeader(c.fr), c.key],
  ]),
);

export function columnForHeader(header: string): ColumnKey | undefined {
  return byFoldedHeader.get(foldHeader(header));
}

export function headerFor(key: ColumnKey, locale: Locale): string {
  return columnByKey.get(key)![locale];
}

/** Yes/no cells: written in the file's language, read in either. */
const truthy = new Set(['yes', 'oui', 'true', 'vrai', '1', 'y', 'o']);
const falsy = new Set(['no', 'non', 'false', 'faux', '0', 'n']);

export function parseYesNo(value: string): boolean | undefined | 'invalid' {
  const folded = foldForSearch(value);
  if (folded === '') return undefined;
  if (truthy.has(folded)) return true;
  if (falsy.has(folded)) return false;
  return 'invalid';
}

export function formatYesNo(value: boolean, locale: Locale): string {
  if (locale === 'fr') return value ? 'oui' : 'non';
  return value ? 'yes' : 'no';
}

/** Lists in one cell: `CYBER;CT`. Codes accept a comma too; partner names may hold one (`Korea, Republic of`). */
export function splitList(value: string, commaToo = true): string[] {
  return value
    .split(commaToo ? /[;,]/ : /;/)
    .map((item) => item.trim())
    .filter(Boolean);
}
