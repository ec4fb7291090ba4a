import type { Catalog } from './messages';

/**
 * Problem texts of the IATI export of trust funds (issue 5), in both languages; merged into the
 * catalogs of messages.ts. A fund the caller may not see answers `trust_fund.not_found`.
 */
export const iatiMessages: { en: Catalog; fr: Catalog } = {
  en: {
    'iati.nothing_to_export': {
      title: 'Nothing to export',
      detail: 'No trust fund is visible to you: an IATI file holds at least one activity.',
    },
    'iati.invalid_data': {
      title: 'Not exportable to IATI',
      detail: 'The activity {activity} cannot be written as valid IATI: {field}: {reason}.',
    },
  },
  fr: {
    'iati.nothing_to_export': {
      title: 'Rien à exporter',
      detail:
        'Aucun fonds d’affectation spéciale ne vous est visible : un fichier IATI contient au moins une activité.',
    },
    'iati.invalid_data': {
      title: 'Export IATI impossible',
      detail: 'L’activité {activity} ne peut pas être écrite en IATI valide : {field} : {reason}.',
    },
  },
};
