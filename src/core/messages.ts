import type { Locale } from '../shared/enums';

/** Titles and details of problem+json answers, by stable code, in both languages. */
type Message = { title: string; detail: string };
type Catalog = Record<string, Message>;

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
  'user.not_found': { title: 'User not found', detail: 'No user with this id.' },
  'user.duplicate_email': { title: 'E-mail already used', detail: 'A user with {email} already exists.' },
  'user.cannot_demote_self': {
    title: 'Not allowed',
    detail: 'You cannot remove your own administrator role or deactivate yourself.',
  },
  'token.not_found': { title: 'Token not found', detail: 'No API token with this id.' },
  'reference.unknown': { title: 'Unknown reference', detail: 'The {field} "{value}" does not exist.' },
  'releasability.invalid': {
    title: 'Invalid releasability',
    detail: 'A "releasable to" record must name at least one existing partner, and only such a record may.',
  },
  'audit.cursor_invalid': { title: 'Invalid cursor', detail: 'The cursor is malformed or expired.' },
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
  'reference.unknown': {
    title: 'Référence inconnue',
    detail: 'La valeur « {value} » du champ {field} n’existe pas.',
  },
  'releasability.invalid': {
    title: 'Diffusion invalide',
    detail:
      'Un enregistrement « communicable à » doit désigner au moins un partenaire existant, et lui seul peut en désigner.',
  },
  'audit.cursor_invalid': { title: 'Curseur invalide', detail: 'Le curseur est mal formé ou périmé.' },
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
