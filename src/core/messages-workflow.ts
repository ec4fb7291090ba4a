import type { Catalog } from './messages';

/**
 * Problem texts of programmes, nominations and notifications (issue 4), in both languages; merged
 * into the catalogs of messages.ts.
 */
export const workflowMessages: { en: Catalog; fr: Catalog } = {
  en: {
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
  },
  fr: {
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
    'report.too_large': {
      title: 'Fichier trop volumineux',
      detail: 'Un rapport fait au plus {limit} octets.',
    },
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
  },
};
