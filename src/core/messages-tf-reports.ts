import type { Catalog } from './messages';

/**
 * Problem texts of the trust-fund reports (issue 5), in both languages; merged into the catalogs of
 * messages.ts. A missing exchange rate is `rate.missing` (messages-money.ts).
 */
export const tfReportMessages: { en: Catalog; fr: Catalog } = {
  en: {
    'tf_report.mixed_money': {
      title: 'Not available to a partner',
      detail:
        'This report adds up the money of every donor. A partner liaison sees its own partner’s contributions: use the contributions report.',
    },
  },
  fr: {
    'tf_report.mixed_money': {
      title: 'Non disponible pour un partenaire',
      detail:
        'Ce rapport additionne l’argent de tous les donateurs. Un officier de liaison partenaire voit les contributions de son partenaire : consultez le rapport des contributions.',
    },
  },
};
