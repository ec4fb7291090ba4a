import type { Locale } from '../shared/enums';
import { iatiMessages } from './messages-iati';
import { iatiImportMessages } from './messages-iati-import';
import { moneyMessages } from './messages-money';
import { tfReportMessages } from './messages-tf-reports';
import { trustFundMessages } from './messages-trust-funds';
import { workflowMessages } from './messages-workflow';

/** Titles and details of problem+json answers, by stable code, in both languages. */
export type Message = { title: string; detail: string };
export type Catalog = Record<string, Message>;

const en: Catalog = {
  'request.invalid': { title: 'Invalid request', detail: 'Some fields are not valid: see errors.' },
  'request.malformed_json': { title: 'Malformed JSON', detail: 'The request body is not valid JSON.' },
  'request.body_too_large': {
    title: 'Request too large',
    detail: 'The request body is larger than the limit of {limit} bytes.',
  },
  'request.unsupported_media_type': {
    title: 'Unsupported media type',
    detail: 'Send the request body as application/json.',
  },
  'request.route_not_found': { title: 'Not found', detail: 'There is nothing at {method} {url}.' },
  'request.conflict': {
    title: 'Conflict',
    detail: 'The record clashes with another one written at the same moment; reload and try again.',
  },
  'auth.unauthenticated': { title: 'Sign-in required', detail: 'Sign in or send a valid API token.' },
  'auth.session_expired': { title: 'Session expired', detail: 'Your session has expired; sign in again.' },
  'auth.invalid_credentials': { title: 'Sign-in failed', detail: 'The e-mail address or password is wrong.' },
  'auth.invalid_token': {
    title: 'Invalid API token',
    detail: 'The API token is unknown, revoked or expired.',
  },
  'auth.csrf_invalid': {
    title: 'Missing or wrong CSRF token',
    detail: 'Send the X-CSRF-Token header given with your session.',
  },
  'auth.forbidden': { title: 'Not allowed', detail: 'Your role does not allow this action.' },
  'auth.rate_limited': {
    title: 'Too many attempts',
    detail: 'Too many requests; try again in {retryAfter} seconds.',
  },
  'auth.password_change_required': {
    title: 'Choose a new password',
    detail: 'Your password was set by someone else or for one use only: change it before going on.',
  },
  'auth.password_unchanged': {
    title: 'Choose a different password',
    detail: 'The new password must differ from the current one.',
  },
  'auth.password_incorrect': { title: 'Wrong password', detail: 'The current password is not correct.' },
  'precondition.required': {
    title: 'If-Match required',
    detail: 'Send the ETag you read in an If-Match header to update this record.',
  },
  'precondition.failed': {
    title: 'Record changed meanwhile',
    detail: 'Someone changed this record after you read it; reload it and try again.',
  },
  'partner.not_found': { title: 'Partner not found', detail: 'No partner with this id.' },
  'partner.duplicate_iso': {
    title: 'Partner already registered',
    detail: 'A partner with the ISO code {isoCode} already exists.',
  },
  'partner.duplicate_name': {
    title: 'Partner already registered',
    detail: 'A partner named "{name}" already exists.',
  },
  'partner.iso_required': { title: 'ISO code required', detail: 'A country needs its ISO 3166-1 code.' },
  'framework.not_found': { title: 'Framework not found', detail: 'No partnership framework with this id.' },
  'framework.duplicate_code': { title: 'Code already used', detail: 'The framework code {code} is taken.' },
  'area.not_found': { title: 'Area not found', detail: 'No area of cooperation with this id.' },
  'area.duplicate_code': { title: 'Code already used', detail: 'The area code {code} is taken.' },
  'provider.not_found': { title: 'Provider not found', detail: 'No provider with this id.' },
  'provider.duplicate_code': {
    title: 'Code already used',
    detail: 'A provider with the code {code} already exists.',
  },
  'import.unsupported_type': {
    title: 'Unsupported file type',
    detail: 'Send a CSV file (text/csv) or an Excel workbook (.xlsx).',
  },
  'import.too_large': {
    title: 'File too large',
    detail: 'The file is larger than the limit of {limit} bytes.',
  },
  'import.empty': { title: 'Empty file', detail: 'The file holds no data row.' },
  'import.unreadable': {
    title: 'Unreadable file',
    detail: 'The file could not be read as {format}: check that it is not damaged and has the right type.',
  },
  'import.invalid': {
    title: 'Nothing imported',
    detail: 'The file has {count} problem(s), listed in errors; nothing was imported.',
  },
  'user.not_found': { title: 'User not found', detail: 'No user with this id.' },
  'user.duplicate_email': { title: 'E-mail already used', detail: 'A user with {email} already exists.' },
  'user.cannot_demote_self': {
    title: 'Not allowed',
    detail: 'You cannot remove your own administrator role or deactivate yourself.',
  },
  'token.not_found': { title: 'Token not found', detail: 'No API token with this id.' },
  'calendar_feed.not_found': {
    title: 'Calendar feed not found',
    detail: 'No calendar subscription answers to this address or id; it may have been deleted.',
  },
  'calendar_feed.too_many': {
    title: 'Too many calendar feeds',
    detail: 'You may keep at most {max} calendar subscriptions: delete one you no longer use.',
  },
  'activity.not_found': {
    title: 'Activity not found',
    detail: 'No activity with this id is visible to you.',
  },
  'iteration.not_found': { title: 'Iteration not found', detail: 'This activity has no such iteration.' },
  'activity.duplicate_code': {
    title: 'Code already used',
    detail: 'The code {code} is already in the {year} menu.',
  },
  'activity.transition_invalid': {
    title: 'Status change not allowed',
    detail: 'An activity or iteration cannot move from {from} to {to}.',
  },
  'iteration.ahead_of_activity': {
    title: 'Iteration ahead of its activity',
    detail: 'An iteration cannot go further than its activity, which is {status}.',
  },
  'activity.closed_for_changes': {
    title: 'Activity closed for changes',
    detail: 'The activity is {status}: no iteration can be added.',
  },
  'activity.provider_not_own': {
    title: 'Not your provider',
    detail: 'You may add activities for your own provider only.',
  },
  'reference.unknown': { title: 'Unknown reference', detail: 'The {field} "{value}" does not exist.' },
  ...workflowMessages.en,
  ...trustFundMessages.en,
  ...iatiMessages.en,
  ...iatiImportMessages.en,
  ...moneyMessages.en,
  ...tfReportMessages.en,
  'service.unavailable': { title: 'Service unavailable', detail: 'The database is not reachable.' },
  internal: { title: 'Internal error', detail: 'Something went wrong on our side (request {requestId}).' },
};

const fr: Catalog = {
  'request.invalid': {
    title: 'Requête invalide',
    detail: 'Certains champs ne sont pas valides : voir errors.',
  },
  'request.malformed_json': {
    title: 'JSON mal formé',
    detail: 'Le corps de la requête n’est pas du JSON valide.',
  },
  'request.body_too_large': {
    title: 'Requête trop volumineuse',
    detail: 'Le corps de la requête dépasse la limite de {limit} octets.',
  },
  'request.unsupported_media_type': {
    title: 'Type de contenu non pris en charge',
    detail: 'Envoyez le corps de la requête en application/json.',
  },
  'request.route_not_found': { title: 'Introuvable', detail: 'Rien ne correspond à {method} {url}.' },
  'request.conflict': {
    title: 'Conflit',
    detail: 'L’enregistrement entre en conflit avec un autre écrit au même moment ; rechargez et réessayez.',
  },
  'auth.unauthenticated': {
    title: 'Connexion requise',
    detail: 'Connectez-vous ou envoyez un jeton d’API valide.',
  },
  'auth.session_expired': { title: 'Session expirée', detail: 'Votre session a expiré ; reconnectez-vous.' },
  'auth.invalid_credentials': {
    title: 'Échec de la connexion',
    detail: 'L’adresse électronique ou le mot de passe est incorrect.',
  },
  'auth.invalid_token': {
    title: 'Jeton d’API invalide',
    detail: 'Le jeton d’API est inconnu, révoqué ou expiré.',
  },
  'auth.csrf_invalid': {
    title: 'Jeton CSRF absent ou erroné',
    detail: 'Envoyez l’en-tête X-CSRF-Token fourni avec votre session.',
  },
  'auth.forbidden': { title: 'Action non autorisée', detail: 'Votre rôle ne permet pas cette action.' },
  'auth.rate_limited': {
    title: 'Trop de tentatives',
    detail: 'Trop de requêtes ; réessayez dans {retryAfter} secondes.',
  },
  'auth.password_change_required': {
    title: 'Choisissez un nouveau mot de passe',
    detail:
      'Votre mot de passe a été fixé par un tiers ou pour un seul usage : changez-le avant de continuer.',
  },
  'auth.password_unchanged': {
    title: 'Choisissez un autre mot de passe',
    detail: 'Le nouveau mot de passe doit différer de l’actuel.',
  },
  'auth.password_incorrect': {
    title: 'Mot de passe erroné',
    detail: 'Le mot de passe actuel n’est pas correct.',
  },
  'precondition.required': {
    title: 'En-tête If-Match requis',
    detail: 'Envoyez dans un en-tête If-Match l’ETag lu pour modifier cet enregistrement.',
  },
  'precondition.failed': {
    title: 'Enregistrement modifié entre-temps',
    detail: 'Quelqu’un a modifié cet enregistrement après votre lecture ; rechargez-le et réessayez.',
  },
  'partner.not_found': {
    title: 'Partenaire introuvable',
    detail: 'Aucun partenaire ne porte cet identifiant.',
  },
  'partner.duplicate_iso': {
    title: 'Partenaire déjà enregistré',
    detail: 'Un partenaire avec le code ISO {isoCode} existe déjà.',
  },
  'partner.duplicate_name': {
    title: 'Partenaire déjà enregistré',
    detail: 'Un partenaire nommé « {name} » existe déjà.',
  },
  'partner.iso_required': { title: 'Code ISO requis', detail: 'Un pays doit avoir son code ISO 3166-1.' },
  'framework.not_found': {
    title: 'Cadre introuvable',
    detail: 'Aucun cadre de partenariat ne porte cet identifiant.',
  },
  'framework.duplicate_code': {
    title: 'Code déjà utilisé',
    detail: 'Le code de cadre {code} est déjà pris.',
  },
  'area.not_found': {
    title: 'Domaine introuvable',
    detail: 'Aucun domaine de coopération ne porte cet identifiant.',
  },
  'area.duplicate_code': { title: 'Code déjà utilisé', detail: 'Le code de domaine {code} est déjà pris.' },
  'provider.not_found': {
    title: 'Prestataire introuvable',
    detail: 'Aucun prestataire ne porte cet identifiant.',
  },
  'provider.duplicate_code': {
    title: 'Code déjà utilisé',
    detail: 'Un prestataire avec le code {code} existe déjà.',
  },
  'import.unsupported_type': {
    title: 'Type de fichier non pris en charge',
    detail: 'Envoyez un fichier CSV (text/csv) ou un classeur Excel (.xlsx).',
  },
  'import.too_large': {
    title: 'Fichier trop volumineux',
    detail: 'Le fichier dépasse la limite de {limit} octets.',
  },
  'import.empty': { title: 'Fichier vide', detail: 'Le fichier ne contient aucune ligne de données.' },
  'import.unreadable': {
    title: 'Fichier illisible',
    detail:
      'Le fichier n’a pas pu être lu comme {format} : vérifiez qu’il n’est pas endommagé et qu’il a le bon type.',
  },
  'import.invalid': {
    title: 'Rien n’a été importé',
    detail: 'Le fichier comporte {count} problème(s), détaillés dans errors ; rien n’a été importé.',
  },
  'user.not_found': {
    title: 'Utilisateur introuvable',
    detail: 'Aucun utilisateur ne porte cet identifiant.',
  },
  'user.duplicate_email': {
    title: 'Adresse déjà utilisée',
    detail: 'Un utilisateur avec l’adresse {email} existe déjà.',
  },
  'user.cannot_demote_self': {
    title: 'Action non autorisée',
    detail: 'Vous ne pouvez ni retirer votre propre rôle d’administrateur ni vous désactiver.',
  },
  'token.not_found': { title: 'Jeton introuvable', detail: 'Aucun jeton d’API ne porte cet identifiant.' },
  'calendar_feed.not_found': {
    title: 'Abonnement introuvable',
    detail:
      'Aucun abonnement d’agenda ne répond à cette adresse ou à cet identifiant ; il a peut-être été supprimé.',
  },
  'calendar_feed.too_many': {
    title: 'Trop d’abonnements d’agenda',
    detail:
      'Vous pouvez garder au plus {max} abonnements d’agenda : supprimez-en un dont vous n’avez plus besoin.',
  },
  'reference.unknown': {
    title: 'Référence inconnue',
    detail: 'La valeur « {value} » du champ {field} n’existe pas.',
  },
  ...workflowMessages.fr,
  ...trustFundMessages.fr,
  ...iatiMessages.fr,
  ...iatiImportMessages.fr,
  ...moneyMessages.fr,
  ...tfReportMessages.fr,
  'service.unavailable': { title: 'Service indisponible', detail: 'La base de données est injoignable.' },
  internal: {
    title: 'Erreur interne',
    detail: 'Une erreur s’est produite de notre côté (requête {requestId}).',
  },
};

const catalogs: Record<Locale, Catalog> = { en, fr };

export function translateMessage(
  code: string,
  locale: Locale,
  params: Record<string, string | number> = {},
): Message {
  const message = catalogs[locale][code] ?? catalogs[locale].internal!;
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
  return { title: fill(message.title), detail: fill(message.detail) };
}

export function hasMessage(code: string): boolean {
  return code in en && code in fr;
}

export const messageCodes = { en: Object.keys(en), fr: Object.keys(fr) };
