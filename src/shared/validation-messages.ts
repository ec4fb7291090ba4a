import type { z } from 'zod';
import type { Locale } from './enums';

/**
 * Field-level validation messages in both languages, built from Zod issues.
 * The server uses them in problem+json `errors[]`; the web app uses them under form fields.
 */
type Issue = z.core.$ZodIssue;

const templates: Record<Locale, Record<string, string>> = {
  en: {
    required: 'This field is required.',
    invalid_type: 'Expected {expected}.',
    too_small_string: 'Must be at least {minimum} characters.',
    too_big_string: 'Must be at most {maximum} characters.',
    too_small_number: 'Must be at least {minimum}.',
    too_big_number: 'Must be at most {maximum}.',
    too_small_array: 'Must contain at least {minimum} items.',
    too_big_array: 'Must contain at most {maximum} items.',
    invalid_format: 'Not a valid {format}.',
    invalid_value: 'Must be one of: {values}.',
    unrecognized_keys: 'Unknown field(s): {keys}.',
    'bilingual.at_least_one': 'Give the text in English, French or both.',
    'iso.invalid': 'Not an ISO 3166-1 alpha-2 code (two capital letters, e.g. JP).',
    'date.invalid': 'Not a valid date (YYYY-MM-DD).',
    'releasability.partners_required': 'Name at least one partner this record is releasable to.',
    'releasability.partners_forbidden': 'Only a "releasable to" record names partners.',
    'binding.partner_required': 'A partner liaison must be bound to a partner.',
    'binding.provider_required': 'An activity provider must be bound to a provider.',
    'password.weak': 'Use at least 12 characters.',
    'provider.code_invalid': 'Letters, digits and dashes, starting with a letter or digit (e.g. NSO).',
    'url.invalid': 'Not a web address (http:// or https://).',
    'import.unknown_header': 'Unknown column "{value}".',
    'import.missing_header': 'The required column "{value}" is missing.',
    'import.duplicate_header': 'The column "{value}" appears twice.',
    'import.formula': 'A formula is not accepted: type the value itself.',
    'import.malformed_row': 'This row has {count} cells, more than the {expected} columns of the header.',
    'import.bad_boolean': 'Expected yes or no.',
    'import.bad_number': 'Expected a number.',
    'import.unknown_area': 'No area of cooperation has the code "{value}".',
    'import.unknown_provider': 'No provider has the code "{value}".',
    'import.unknown_framework': 'No partnership framework has the code "{value}".',
    'import.unknown_partner': 'No partner has the ISO code or name "{value}".',
    'import.foreign_provider': 'You may import the activities of your own provider ({value}) only.',
    'import.duplicate_code':
      'Row {other} has the same code with other activity values: repeat them identically.',
    'import.code_taken': 'The code {value} is already in the {year} menu.',
    'import.self_paced': 'Give the start and end dates, or mark the iteration self-paced.',
    'import.self_paced_dates': 'A self-paced iteration has no start or end date.',
    'activity.code_invalid': 'Letters and digits, with dots, dashes or slashes (e.g. ACT.396).',
    'money.invalid': 'An amount with at most two decimals (e.g. 1250.00).',
    'money.malformed': 'Not an amount: digits, and a point before the decimals (e.g. 1250.50).',
    'money.too_many_decimals':
      'An amount in {currency} has at most {minorUnits} decimal(s) (e.g. {example}).',
    'money.negative': 'The amount cannot be negative.',
    'money.zero': 'The amount must be greater than zero.',
    'money.too_large': 'The amount has more than {maxDigits} digits before the decimal point.',
    'currency.unknown': '"{currency}" is not an ISO 4217 currency code (three capital letters, e.g. EUR).',
    'rate.missing': 'No {currency} exchange rate on {date} nor in the {maxAgeDays} day(s) before.',
    'rates.unknown_format':
      'The header is neither "currency,date,rate" (optionally ",source") nor the ECB’s "Date,USD,JPY,…".',
    'rates.rate_invalid': 'A rate is a positive decimal number (e.g. 1.3919).',
    'cursor.invalid': 'Not a cursor this list gave: start again from the first page.',
    'rates.base_not_one': 'The rate of the base currency {currency} is always 1.',
    'rates.duplicate': 'The rate of {currency} on {date} is already given on line {other}.',
    'rates.duplicate_date': 'The date {date} is already on line {other}.',
    'rates.too_many_rows': 'The file has more than {max} lines of rates: split it.',
    'rates.source_missing': 'Give the source of the rate (e.g. ECB).',
    'rates.empty': 'The file holds no rate.',
    'rates.unreadable': 'The file cannot be read as CSV from this line on (an unclosed quote?).',
    'iteration.dates_pair': 'Give both the start and end dates, or neither (self-paced).',
    'iteration.end_before_start': 'The end date is before the start date.',
    'iteration.deadline_after_start': 'The nomination deadline is after the start date.',
    'seats.negative': 'The number of seats cannot be negative.',
    'eligibility.frameworks_required': 'Name at least one partnership framework.',
    'eligibility.partners_required': 'Name at least one partner.',
    'text.control_character': 'Contains a NUL character, which text may not hold.',
    custom: 'Invalid value.',
  },
  fr: {
    required: 'Ce champ est obligatoire.',
    invalid_type: 'Valeur attendue : {expected}.',
    too_small_string: 'Au moins {minimum} caractères.',
    too_big_string: 'Au plus {maximum} caractères.',
    too_small_number: 'Au moins {minimum}.',
    too_big_number: 'Au plus {maximum}.',
    too_small_array: 'Au moins {minimum} éléments.',
    too_big_array: 'Au plus {maximum} éléments.',
    invalid_format: 'Format invalide ({format}).',
    invalid_value: 'Valeurs permises : {values}.',
    unrecognized_keys: 'Champ(s) inconnu(s) : {keys}.',
    'bilingual.at_least_one': 'Indiquez le texte en anglais, en français ou dans les deux langues.',
    'iso.invalid': 'Code ISO 3166-1 alpha-2 invalide (deux lettres majuscules, p. ex. JP).',
    'date.invalid': 'Date invalide (AAAA-MM-JJ).',
    'releasability.partners_required': 'Indiquez au moins un partenaire destinataire.',
    'releasability.partners_forbidden': 'Seul un enregistrement « communicable à » désigne des partenaires.',
    'binding.partner_required': 'Un officier de liaison doit être rattaché à un partenaire.',
    'binding.provider_required': 'Un prestataire doit être rattaché à un organisme prestataire.',
    'password.weak': 'Au moins 12 caractères.',
    'provider.code_invalid':
      'Lettres, chiffres et tirets, commençant par une lettre ou un chiffre (p. ex. NSO).',
    'url.invalid': 'Adresse web invalide (http:// ou https://).',
    'import.unknown_header': 'Colonne inconnue « {value} ».',
    'import.missing_header': 'La colonne obligatoire « {value} » est absente.',
    'import.duplicate_header': 'La colonne « {value} » apparaît deux fois.',
    'import.formula': 'Les formules ne sont pas acceptées : saisissez la valeur elle-même.',
    'import.malformed_row': 'Cette ligne a {count} cellules, plus que les {expected} colonnes de l’en-tête.',
    'import.bad_boolean': 'Valeur attendue : oui ou non.',
    'import.bad_number': 'Valeur attendue : un nombre.',
    'import.unknown_area': 'Aucun domaine de coopération n’a le code « {value} ».',
    'import.unknown_provider': 'Aucun prestataire n’a le code « {value} ».',
    'import.unknown_framework': 'Aucun cadre de partenariat n’a le code « {value} ».',
    'import.unknown_partner': 'Aucun partenaire n’a le code ISO ou le nom « {value} ».',
    'import.foreign_provider': 'Vous ne pouvez importer que les activités de votre prestataire ({value}).',
    'import.duplicate_code':
      'La ligne {other} porte le même code avec d’autres valeurs d’activité : répétez-les à l’identique.',
    'import.code_taken': 'Le code {value} figure déjà au menu {year}.',
    'import.self_paced': 'Indiquez les dates de début et de fin, ou marquez la session comme à rythme libre.',
    'import.self_paced_dates': 'Une session à rythme libre n’a ni date de début ni date de fin.',
    'activity.code_invalid': 'Lettres et chiffres, avec points, tirets ou barres obliques (ex. ACT.396).',
    'money.invalid': 'Un montant avec au plus deux décimales (ex. 1250.00).',
    'money.malformed': 'Montant invalide : des chiffres, et un point avant les décimales (ex. 1250.50).',
    'money.too_many_decimals': 'Un montant en {currency} a au plus {minorUnits} décimale(s) (ex. {example}).',
    'money.negative': 'Le montant ne peut être négatif.',
    'money.zero': 'Le montant doit être supérieur à zéro.',
    'money.too_large': 'Le montant a plus de {maxDigits} chiffres avant la virgule.',
    'currency.unknown': '« {currency} » n’est pas un code de devise ISO 4217 (trois majuscules, ex. EUR).',
    'rate.missing':
      'Aucun taux de change {currency} le {date} ni dans les {maxAgeDays} jour(s) précédent(s).',
    'rates.unknown_format':
      'L’en-tête n’est ni « devise,date,taux » (éventuellement « ,source ») ni celui de la BCE « Date,USD,JPY,… ».',
    'rates.rate_invalid':
      'Un taux est un nombre décimal positif (ex. 1.3919, ou 1,3919 dans un fichier séparé par des points-virgules).',
    'rates.base_not_one': 'Le taux de la devise de base {currency} vaut toujours 1.',
    'cursor.invalid': 'Ce curseur ne vient pas de cette liste : recommencez à la première page.',
    'rates.duplicate': 'Le taux {currency} du {date} figure déjà à la ligne {other}.',
    'rates.duplicate_date': 'La date du {date} figure déjà à la ligne {other}.',
    'rates.too_many_rows': 'Le fichier compte plus de {max} lignes de taux : scindez-le.',
    'rates.source_missing': 'Indiquez la source du taux (ex. BCE).',
    'rates.empty': 'Le fichier ne contient aucun taux.',
    'rates.unreadable':
      'Le fichier n’est plus lisible comme CSV à partir de cette ligne (guillemet non fermé ?).',
    'iteration.dates_pair': 'Indiquez la date de début et celle de fin, ou aucune (rythme libre).',
    'iteration.end_before_start': 'La date de fin précède la date de début.',
    'iteration.deadline_after_start': 'La date limite de candidature est postérieure au début.',
    'seats.negative': 'Le nombre de places ne peut être négatif.',
    'eligibility.frameworks_required': 'Indiquez au moins un cadre de partenariat.',
    'eligibility.partners_required': 'Indiquez au moins un partenaire.',
    'text.control_character': 'Contient un caractère NUL, interdit dans un texte.',
    custom: 'Valeur invalide.',
  },
};

const typeNames: Record<Locale, Record<string, string>> = {
  en: { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list' },
  fr: {
    string: 'du texte',
    number: 'un nombre',
    boolean: 'vrai ou faux',
    object: 'un objet',
    array: 'une liste',
  },
};

function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export function describeIssue(issue: Issue, locale: Locale): FieldError {
  const t = templates[locale];
  const path = issue.path.map(String).join('.');
  let key: string = issue.code;
  const params: Record<string, unknown> = {};
  switch (issue.code) {
    case 'invalid_type':
      // Zod reports the input only when asked; its default message says "received undefined".
      key = ('input' in issue ? issue.input === undefined : /received undefined/.test(issue.message ?? ''))
        ? 'required'
        : 'invalid_type';
      params.expected = typeNames[locale][issue.expected] ?? issue.expected;
      break;
    case 'too_small':
    case 'too_big': {
      const origin = ['string', 'array'].includes(issue.origin) ? issue.origin : 'number';
      key = `${issue.code}_${origin}`;
      params.minimum = 'minimum' in issue ? String(issue.minimum) : '';
      params.maximum = 'maximum' in issue ? String(issue.maximum) : '';
      if (issue.code === 'too_small' && issue.origin === 'string' && String(issue.minimum) === '1')
        key = 'required';
      break;
    }
    case 'invalid_format':
      params.format = issue.format;
      break;
    case 'invalid_value':
      params.values = issue.values.map(String).join(', ');
      break;
    case 'unrecognized_keys':
      params.keys = issue.keys.join(', ');
      break;
    case 'custom':
      if (issue.message && t[issue.message]) key = issue.message;
      break;
    default:
      if (issue.message && t[issue.message]) key = issue.message;
  }
  // A schema's own message names a template (e.g. `password.weak`): it says more than the generic one.
  if (issue.message?.includes('.') && t[issue.message]) key = issue.message;
  const template = t[key] ?? t.custom ?? '';
  return { path, code: key, message: fill(template, params) };
}

/** A message by its code, with its parameters: for errors that come from no Zod issue (file imports). */
export function describeCode(code: string, locale: Locale, params: Record<string, unknown> = {}): string {
  const t = templates[locale];
  return fill(t[code] ?? t.custom ?? '', params);
}
