import type { Catalog } from './messages';

/**
 * Problem texts of the IATI import of trust funds, in both languages; merged into the catalogs of
 * messages.ts. The `detail` of the per-element codes is what `errors[].message` and warnings say.
 */
export const iatiImportMessages: { en: Catalog; fr: Catalog } = {
  en: {
    'iati_import.invalid': {
      title: 'IATI file refused',
      detail: 'The file has {count} problem(s), listed by activity and element; nothing was imported.',
    },
    'iati_import.malformed': {
      title: 'Not well-formed XML',
      detail: 'The file is not well-formed XML ({reason}); nothing was imported.',
    },
    'iati_import.doctype': {
      title: 'Document type declarations refused',
      detail:
        'The file declares a DOCTYPE or an ENTITY: IATI files have none, and they are refused for safety.',
    },
    'iati_import.not_iati': {
      title: 'Not an IATI activity file',
      detail: 'The file’s root must be <iati-activities> of version 2.01 to 2.03.',
    },
    'iati_import.too_large': {
      title: 'File too large',
      detail: 'An IATI file may hold at most {limit} bytes.',
    },
    'iati_import.unsupported_type': {
      title: 'Unsupported content type',
      detail: 'Send the IATI file itself as application/xml or text/xml.',
    },
    'iati_import.missing': { title: 'Missing element', detail: 'Required and missing: {what}.' },
    'iati_import.duplicate_activity': {
      title: 'Activity given twice',
      detail: 'The activity {identifier} appears more than once in the file.',
    },
    'iati_import.bad_date': { title: 'Invalid date', detail: 'Not a date (YYYY-MM-DD): “{value}”.' },
    'iati_import.bad_amount': { title: 'Invalid amount', detail: 'Not a decimal amount: “{value}”.' },
    'iati_import.bad_currency': {
      title: 'Invalid currency',
      detail: 'Not an ISO 4217 currency code: “{value}”, and the activity has no default currency.',
    },
    'iati_import.bad_code': { title: 'Invalid code', detail: 'Not a code this import knows: “{value}”.' },
    'iati_import.bad_status': {
      title: 'Invalid activity status',
      detail: 'Not an IATI activity status code: “{value}”.',
    },
    'iati_import.bad_identifier': {
      title: 'Identifier unusable as a code',
      detail:
        'The identifier {identifier} does not give a code of at most 40 letters, digits, dots, hyphens or underscores.',
    },
    'iati_import.unknown_activity': {
      title: 'Unknown related activity',
      detail:
        'The activity {identifier} is neither in the file nor recorded (or is not of the expected level).',
    },
    'iati_import.skipped_transaction': {
      title: 'Transaction skipped',
      detail: 'Transaction type {code} is not one the trust funds record: skipped.',
    },
    'iati_import.extra_country': {
      title: 'Further countries ignored',
      detail: 'Only the first recipient country is kept.',
    },
  },
  fr: {
    'iati_import.invalid': {
      title: 'Fichier IATI refusé',
      detail:
        'Le fichier présente {count} problème(s), listés par activité et par élément ; rien n’a été importé.',
    },
    'iati_import.malformed': {
      title: 'XML mal formé',
      detail: 'Le fichier n’est pas du XML bien formé ({reason}) ; rien n’a été importé.',
    },
    'iati_import.doctype': {
      title: 'Déclarations de type de document refusées',
      detail:
        'Le fichier déclare un DOCTYPE ou une ENTITY : les fichiers IATI n’en ont pas, et ils sont refusés par sécurité.',
    },
    'iati_import.not_iati': {
      title: 'Pas un fichier d’activités IATI',
      detail: 'La racine du fichier doit être <iati-activities> en version 2.01 à 2.03.',
    },
    'iati_import.too_large': {
      title: 'Fichier trop volumineux',
      detail: 'Un fichier IATI ne peut dépasser {limit} octets.',
    },
    'iati_import.unsupported_type': {
      title: 'Type de contenu non pris en charge',
      detail: 'Envoyez le fichier IATI lui-même en application/xml ou text/xml.',
    },
    'iati_import.missing': { title: 'Élément manquant', detail: 'Obligatoire et absent : {what}.' },
    'iati_import.duplicate_activity': {
      title: 'Activité en double',
      detail: 'L’activité {identifier} figure plus d’une fois dans le fichier.',
    },
    'iati_import.bad_date': { title: 'Date invalide', detail: 'Pas une date (AAAA-MM-JJ) : « {value} ».' },
    'iati_import.bad_amount': { title: 'Montant invalide', detail: 'Pas un montant décimal : « {value} ».' },
    'iati_import.bad_currency': {
      title: 'Devise invalide',
      detail: 'Pas un code de devise ISO 4217 : « {value} », et l’activité n’a pas de devise par défaut.',
    },
    'iati_import.bad_code': { title: 'Code invalide', detail: 'Code inconnu de cet import : « {value} ».' },
    'iati_import.bad_status': {
      title: 'Statut d’activité invalide',
      detail: 'Pas un code de statut d’activité IATI : « {value} ».',
    },
    'iati_import.bad_identifier': {
      title: 'Identifiant inutilisable comme code',
      detail:
        'L’identifiant {identifier} ne donne pas un code d’au plus 40 lettres, chiffres, points, tirets ou soulignés.',
    },
    'iati_import.unknown_activity': {
      title: 'Activité liée inconnue',
      detail:
        'L’activité {identifier} n’est ni dans le fichier ni enregistrée (ou n’est pas du niveau attendu).',
    },
    'iati_import.skipped_transaction': {
      title: 'Transaction ignorée',
      detail: 'Le type de transaction {code} n’est pas de ceux que les fonds enregistrent : ignorée.',
    },
    'iati_import.extra_country': {
      title: 'Autres pays ignorés',
      detail: 'Seul le premier pays bénéficiaire est retenu.',
    },
  },
};
