import type { Catalog } from './messages';

/**
 * Problem texts of amounts, currencies and exchange rates (issue 5), in both languages; merged into
 * the catalogs of messages.ts. The field-level texts of the same codes are in
 * shared/validation-messages.ts.
 */
export const moneyMessages: { en: Catalog; fr: Catalog } = {
  en: {
    'money.malformed': {
      title: 'Malformed amount',
      detail: 'An amount is written with digits and a point before the decimals, e.g. 1250.50.',
    },
    'money.too_many_decimals': {
      title: 'Too many decimals',
      detail: 'An amount in {currency} has at most {minorUnits} decimal(s), e.g. {example}.',
    },
    'money.negative': { title: 'Negative amount', detail: 'This amount cannot be negative.' },
    'money.zero': { title: 'Zero amount', detail: 'This amount must be greater than zero.' },
    'money.too_large': {
      title: 'Amount too large',
      detail: 'An amount has at most {maxDigits} digits before the decimal point.',
    },
    'currency.unknown': {
      title: 'Unknown currency',
      detail: '"{currency}" is not an active ISO 4217 currency code.',
    },
    'rate.missing': {
      title: 'Exchange rate missing',
      detail:
        'There is no {currency} exchange rate on {date} nor in the {maxAgeDays} day(s) before: import the rates of that period first.',
    },
  },
  fr: {
    'money.malformed': {
      title: 'Montant mal formé',
      detail: 'Un montant s’écrit avec des chiffres et un point avant les décimales, p. ex. 1250.50.',
    },
    'money.too_many_decimals': {
      title: 'Trop de décimales',
      detail: 'Un montant en {currency} a au plus {minorUnits} décimale(s), p. ex. {example}.',
    },
    'money.negative': { title: 'Montant négatif', detail: 'Ce montant ne peut être négatif.' },
    'money.zero': { title: 'Montant nul', detail: 'Ce montant doit être supérieur à zéro.' },
    'money.too_large': {
      title: 'Montant trop élevé',
      detail: 'Un montant a au plus {maxDigits} chiffres avant la virgule.',
    },
    'currency.unknown': {
      title: 'Devise inconnue',
      detail: '« {currency} » n’est pas un code de devise ISO 4217 en vigueur.',
    },
    'rate.missing': {
      title: 'Taux de change manquant',
      detail:
        'Il n’y a pas de taux de change {currency} le {date} ni dans les {maxAgeDays} jour(s) précédent(s) : importez d’abord les taux de cette période.',
    },
  },
};
