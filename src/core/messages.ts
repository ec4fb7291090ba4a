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
  // Programmes
  'programme.not_found': {
    title: 'Programme not found',
    detail: 'No programme with this id is visible to you.',
  },
  'programme.not_editable': {
    title: 'Programme not editable',
    detail: 'This version is {status}: only a draft or a returned version can change. Start a new version.',
  },
  'programme.transition_not_allowed': {
    title: 'Status change not allowed',
    detail: 'A programme version cannot move from {from} to {to}.',
  },
  'programme.activity_ineligible': {
    title: 'Activity not open to the partner',
    detail:
      'The activity {code} is not open to this partner (not published, not released to it, or not eligible).',
  },
  'programme.activity_cancelled': {
    title: 'Activity cancelled',
    detail: 'The activity {code} is cancelled and cannot be selected.',
  },
  'programme.activity_other_year': {
    title: 'Activity outside the period',
    detail: 'The activity {code} is in the {year} menu, outside the programme’s years {from}–{to}.',
  },
  'programme.activity_duplicate': {
    title: 'Activity selected twice',
    detail: 'An activity can be selected only once in a programme.',
  },
  'programme.objective_duplicate': {
    title: 'Objective given twice',
    detail: 'Two objectives have the same key {key}.',
  },
  'programme.objective_unknown': {
    title: 'Unknown objective',
    detail: 'The activity serves the objective {key}, which this version does not have.',
  },
  'programme.period_too_long': {
    title: 'Period too long',
    detail: 'A programme covers at most {years} years.',
  },
  'programme.no_objectives': {
    title: 'No objective',
    detail: 'Give the programme at least one objective before submitting it.',
  },
  'programme.comment_required': {
    title: 'Comment required',
    detail: 'Say what should change when returning a programme.',
  },
  'programme.agreed_on_required': {
    title: 'Agreement date required',
    detail: 'Give the date the programme was agreed.',
  },
  'programme.agreed_on_future': {
    title: 'Agreement date in the future',
    detail: 'The agreement date cannot be after today.',
  },
  'programme.not_versionable': {
    title: 'No new version from this one',
    detail: 'This version is {status}: a new version starts from the agreed or active one.',
  },
  'programme.open_version_exists': {
    title: 'A version is already open',
    detail: 'Version {versionNo} is still being drafted or reviewed: finish it first.',
  },
  'programme.other_lineage': {
    title: 'Versions of different programmes',
    detail: 'Only two versions of the same programme can be compared.',
  },
  'releasability.invalid': {
    title: 'Invalid releasability',
    detail: 'A "releasable to" record must name at least one existing partner, and only such a record may.',
  },
  // Nominations
  'nomination.not_found': {
    title: 'Nomination not found',
    detail: 'No nomination with this id is visible to you.',
  },
  'report.not_found': { title: 'Report not found', detail: 'This nomination has no such report.' },
  'nomination.partner_not_own': {
    title: 'Not your partner',
    detail: 'You may nominate people of your own partner only.',
  },
  'nomination.not_eligible': {
    title: 'Partner not eligible',
    detail: 'The partner may not apply to this activity (not active, not released to it, or not eligible).',
  },
  'nomination.iteration_not_open': {
    title: 'Iteration not open',
    detail: 'The iteration is {status}: it takes no nominations.',
  },
  'nomination.iteration_started': {
    title: 'Iteration already begun',
    detail: 'The iteration began on {startsOn}: its nominations can no longer change.',
  },
  'nomination.deadline_passed': {
    title: 'Deadline passed',
    detail: 'Nominations closed on {deadline}; unfilled seats may open again when they are released.',
  },
  'nomination.duplicate': {
    title: 'Already nominated',
    detail: 'The person with the e-mail address {email} is already nominated to this iteration.',
  },
  'nomination.decision_invalid': {
    title: 'Decision not allowed',
    detail: 'A {from} nomination cannot be given the decision "{to}".',
  },
  'nomination.no_seat': {
    title: 'No seat free',
    detail:
      'All {seats} seats are taken (or the partner holds its share): the nomination stays on the waiting list.',
  },
  'nomination.reason_required': {
    title: 'Reason required',
    detail: 'Give the partner a reason for the rejection.',
  },
  'nomination.withdraw_invalid': {
    title: 'Cannot withdraw',
    detail: 'A {status} nomination cannot be withdrawn.',
  },
  'nomination.erased': {
    title: 'Personal data erased',
    detail: 'This nomination’s personal data was erased: it can no longer change.',
  },
  'nomination.not_accepted': {
    title: 'Not an accepted participant',
    detail: 'Attendance and reports are for accepted participants; this nomination is {status}.',
  },
  'nomination.not_started': {
    title: 'Iteration not begun',
    detail: 'The iteration begins on {startsOn}: attendance and reports come after.',
  },
  'nomination.completed_absent': {
    title: 'Absent but completed',
    detail: 'A participant who was absent cannot have completed the activity.',
  },
  'report.unsupported_type': {
    title: 'Unsupported file type',
    detail: 'Send a PDF, DOCX, ODT or plain-text (UTF-8) file, with its own content type.',
  },
  'report.too_large': { title: 'File too large', detail: 'A report may be at most {limit} bytes.' },
  'report.empty': { title: 'Empty file', detail: 'The report file is empty.' },
  'report.too_many': {
    title: 'Too many reports',
    detail: 'A nomination holds at most {max} reports.',
  },
  'audit.cursor_invalid': { title: 'Invalid cursor', detail: 'The cursor is malformed or expired.' },
  // Notifications (the bell)
  'notification.not_found': {
    title: 'Notification not found',
    detail: 'You have no notification with this id.',
  },
  'notification.cursor_invalid': { title: 'Invalid cursor', detail: 'The cursor is malformed.' },
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
  // Programmes
  'programme.not_found': {
    title: 'Programme introuvable',
    detail: 'Aucun programme visible pour vous ne porte cet identifiant.',
  },
  'programme.not_editable': {
    title: 'Programme non modifiable',
    detail:
      'Cette version est au statut {status} : seule une version en projet ou renvoyée peut changer. Créez une nouvelle version.',
  },
  'programme.transition_not_allowed': {
    title: 'Changement de statut refusé',
    detail: 'Une version de programme ne peut passer de {from} à {to}.',
  },
  'programme.activity_ineligible': {
    title: 'Activité non ouverte au partenaire',
    detail:
      'L’activité {code} n’est pas ouverte à ce partenaire (non publiée, non communicable à lui ou non éligible).',
  },
  'programme.activity_cancelled': {
    title: 'Activité annulée',
    detail: 'L’activité {code} est annulée et ne peut être retenue.',
  },
  'programme.activity_other_year': {
    title: 'Activité hors période',
    detail: 'L’activité {code} figure au menu {year}, hors des années {from}–{to} du programme.',
  },
  'programme.activity_duplicate': {
    title: 'Activité retenue deux fois',
    detail: 'Une activité ne peut être retenue qu’une fois dans un programme.',
  },
  'programme.objective_duplicate': {
    title: 'Objectif donné deux fois',
    detail: 'Deux objectifs portent la même clé {key}.',
  },
  'programme.objective_unknown': {
    title: 'Objectif inconnu',
    detail: 'L’activité sert l’objectif {key}, que cette version n’a pas.',
  },
  'programme.period_too_long': {
    title: 'Période trop longue',
    detail: 'Un programme couvre au plus {years} ans.',
  },
  'programme.no_objectives': {
    title: 'Aucun objectif',
    detail: 'Donnez au programme au moins un objectif avant de le soumettre.',
  },
  'programme.comment_required': {
    title: 'Commentaire obligatoire',
    detail: 'Indiquez ce qui doit changer en renvoyant un programme.',
  },
  'programme.agreed_on_required': {
    title: 'Date de conclusion obligatoire',
    detail: 'Indiquez la date à laquelle le programme a été conclu.',
  },
  'programme.agreed_on_future': {
    title: 'Date de conclusion future',
    detail: 'La date de conclusion ne peut être postérieure à aujourd’hui.',
  },
  'programme.not_versionable': {
    title: 'Pas de nouvelle version à partir de celle-ci',
    detail:
      'Cette version est au statut {status} : une nouvelle version part de la version conclue ou en vigueur.',
  },
  'programme.open_version_exists': {
    title: 'Une version est déjà ouverte',
    detail: 'La version {versionNo} est encore en préparation ou en examen : terminez-la d’abord.',
  },
  'programme.other_lineage': {
    title: 'Versions de programmes différents',
    detail: 'Seules deux versions d’un même programme peuvent être comparées.',
  },
  'activity.not_found': {
    title: 'Activité introuvable',
    detail: 'Aucune activité visible pour vous ne porte cet identifiant.',
  },
  'iteration.not_found': { title: 'Session introuvable', detail: 'Cette activité n’a pas cette session.' },
  'activity.duplicate_code': {
    title: 'Code déjà utilisé',
    detail: 'Le code {code} figure déjà au menu {year}.',
  },
  'activity.transition_invalid': {
    title: 'Changement de statut refusé',
    detail: 'Une activité ou une session ne peut passer de {from} à {to}.',
  },
  'iteration.ahead_of_activity': {
    title: 'Session en avance sur son activité',
    detail: 'Une session ne peut aller plus loin que son activité, qui est au statut {status}.',
  },
  'activity.closed_for_changes': {
    title: 'Activité fermée aux modifications',
    detail: 'L’activité est au statut {status} : aucune session ne peut être ajoutée.',
  },
  'activity.provider_not_own': {
    title: 'Prestataire d’un autre',
    detail: 'Vous ne pouvez ajouter des activités que pour votre propre prestataire.',
  },
  'releasability.invalid': {
    title: 'Diffusion invalide',
    detail:
      'Un enregistrement « communicable à » doit désigner au moins un partenaire existant, et lui seul peut en désigner.',
  },
  // Candidatures
  'nomination.not_found': {
    title: 'Candidature introuvable',
    detail: 'Aucune candidature visible pour vous ne porte cet identifiant.',
  },
  'report.not_found': { title: 'Rapport introuvable', detail: 'Cette candidature n’a pas ce rapport.' },
  'nomination.partner_not_own': {
    title: 'Partenaire d’un autre',
    detail: 'Vous ne pouvez proposer que des personnes de votre propre partenaire.',
  },
  'nomination.not_eligible': {
    title: 'Partenaire non admissible',
    detail:
      'Le partenaire ne peut pas candidater à cette activité (inactif, non destinataire ou non admissible).',
  },
  'nomination.iteration_not_open': {
    title: 'Session non ouverte',
    detail: 'La session est au statut {status} : elle ne reçoit pas de candidatures.',
  },
  'nomination.iteration_started': {
    title: 'Session déjà commencée',
    detail: 'La session a commencé le {startsOn} : ses candidatures ne peuvent plus changer.',
  },
  'nomination.deadline_passed': {
    title: 'Date limite dépassée',
    detail:
      'Les candidatures ont fermé le {deadline} ; les places non pourvues pourront rouvrir lors de leur libération.',
  },
  'nomination.duplicate': {
    title: 'Déjà proposée',
    detail: 'La personne à l’adresse {email} est déjà proposée pour cette session.',
  },
  'nomination.decision_invalid': {
    title: 'Décision impossible',
    detail: 'Une candidature au statut {from} ne peut recevoir la décision « {to} ».',
  },
  'nomination.no_seat': {
    title: 'Aucune place libre',
    detail:
      'Les {seats} places sont prises (ou le partenaire a atteint sa part) : la candidature reste en liste d’attente.',
  },
  'nomination.reason_required': {
    title: 'Motif requis',
    detail: 'Indiquez au partenaire le motif du refus.',
  },
  'nomination.withdraw_invalid': {
    title: 'Retrait impossible',
    detail: 'Une candidature au statut {status} ne peut être retirée.',
  },
  'nomination.erased': {
    title: 'Données personnelles effacées',
    detail: 'Les données personnelles de cette candidature ont été effacées : elle ne peut plus changer.',
  },
  'nomination.not_accepted': {
    title: 'Participant non accepté',
    detail:
      'La présence et les rapports concernent les participants acceptés ; cette candidature est au statut {status}.',
  },
  'nomination.not_started': {
    title: 'Session non commencée',
    detail: 'La session commence le {startsOn} : la présence et les rapports viennent ensuite.',
  },
  'nomination.completed_absent': {
    title: 'Absent mais terminé',
    detail: 'Un participant absent ne peut avoir terminé l’activité.',
  },
  'report.unsupported_type': {
    title: 'Type de fichier non pris en charge',
    detail: 'Envoyez un fichier PDF, DOCX, ODT ou texte brut (UTF-8), avec son propre type de contenu.',
  },
  'report.too_large': { title: 'Fichier trop volumineux', detail: 'Un rapport fait au plus {limit} octets.' },
  'report.empty': { title: 'Fichier vide', detail: 'Le fichier du rapport est vide.' },
  'report.too_many': {
    title: 'Trop de rapports',
    detail: 'Une candidature compte au plus {max} rapports.',
  },
  'audit.cursor_invalid': { title: 'Curseur invalide', detail: 'Le curseur est mal formé ou périmé.' },
  // Notifications (the bell)
  'notification.not_found': {
    title: 'Notification introuvable',
    detail: 'Vous n’avez aucune notification portant cet identifiant.',
  },
  'notification.cursor_invalid': { title: 'Curseur invalide', detail: 'Le curseur est mal formé.' },
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
