import type { Locale } from '../shared/enums';

/**
 * Notification e-mail texts in both languages, with {param} placeholders as in messages.ts.
 * Kept apart from the rendering so that a translator reads one file. French sentences avoid
 * "de {partnerName}" and a country name as a subject: the article ("du Japon", "le Canada")
 * depends on the name, which the template cannot know.
 */
export interface MailText {
  subject: string;
  /** Paragraphs, in order. */
  body: string[];
  /** What following the link does ("Open the programme"). */
  action: string;
}

export const mailKinds = [
  'programme.submitted',
  'programme.returned',
  'programme.agreed',
  'nomination.accepted',
  'nomination.waitlisted',
  'nomination.rejected',
  'nomination.promoted',
  'nomination.deadline',
] as const;
export type MailKind = (typeof mailKinds)[number];

interface MailCatalog {
  greeting: string;
  footer: string;
  /** `{when}` in nomination texts: a dated iteration's start, or a self-paced one. */
  startingOn: string;
  selfPaced: string;
  kinds: Record<MailKind, MailText>;
}

const en: MailCatalog = {
  greeting: 'Dear {recipientName},',
  footer: 'This message was sent automatically by Entente; replies to it are not read.',
  startingOn: 'starting on {date}',
  selfPaced: 'self-paced',
  kinds: {
    'programme.submitted': {
      subject: 'Programme submitted for review: {programmeTitle} ({partnerName})',
      body: ['The programme "{programmeTitle}" ({partnerName}) has been submitted for review.'],
      action: 'Review the programme',
    },
    'programme.returned': {
      subject: 'Programme returned for changes: {programmeTitle}',
      body: [
        '{reviewerName} returned the programme "{programmeTitle}" ({partnerName}) for changes.',
        'Comment: {comment}',
        'Make the changes, then submit the programme again.',
      ],
      action: 'Open the programme',
    },
    'programme.agreed': {
      subject: 'Programme agreed: {programmeTitle}',
      body: [
        'The programme "{programmeTitle}" ({partnerName}) was agreed on {agreedOn}.',
        'It can now be carried out; any later change goes through a new version.',
      ],
      action: 'Open the programme',
    },
    'nomination.accepted': {
      subject: 'Nomination accepted: {participantName}, {activityCode}',
      body: [
        'The nomination of {participantName} to {activityCode} {activityTitle} ({when}) has been accepted.',
      ],
      action: 'Open the nomination',
    },
    'nomination.waitlisted': {
      subject: 'Nomination on the waiting list: {participantName}, {activityCode}',
      body: [
        'The nomination of {participantName} to {activityCode} {activityTitle} ({when}) has been placed on the waiting list.',
        'You will receive another message if a seat becomes free.',
      ],
      action: 'Open the nomination',
    },
    'nomination.rejected': {
      subject: 'Nomination rejected: {participantName}, {activityCode}',
      body: [
        'The nomination of {participantName} to {activityCode} {activityTitle} ({when}) has been rejected.',
        'Reason: {reason}',
      ],
      action: 'Open the nomination',
    },
    'nomination.promoted': {
      subject: 'Seat offered from the waiting list: {participantName}, {activityCode}',
      body: [
        'A seat has become free: the nomination of {participantName} to {activityCode} {activityTitle} ({when}) has moved from the waiting list and is now accepted.',
      ],
      action: 'Open the nomination',
    },
    'nomination.deadline': {
      subject: 'Nomination deadline approaching: {activityCode}, {deadline}',
      body: [
        'Nominations for {activityCode} {activityTitle} close on {deadline}.',
        'Nominate your participants before then.',
      ],
      action: 'Open the activity',
    },
  },
};

const fr: MailCatalog = {
  greeting: 'Bonjour {recipientName},',
  footer: 'Ce message a été envoyé automatiquement par Entente ; les réponses ne sont pas lues.',
  startingOn: 'session débutant le {date}',
  selfPaced: 'à votre rythme',
  kinds: {
    'programme.submitted': {
      subject: 'Programme soumis pour examen : {programmeTitle} ({partnerName})',
      body: ['Le programme « {programmeTitle} » ({partnerName}) a été soumis pour examen.'],
      action: 'Examiner le programme',
    },
    'programme.returned': {
      subject: 'Programme renvoyé pour modifications : {programmeTitle}',
      body: [
        '{reviewerName} a renvoyé le programme « {programmeTitle} » ({partnerName}) pour modifications.',
        'Commentaire : {comment}',
        'Apportez les modifications, puis soumettez à nouveau le programme.',
      ],
      action: 'Ouvrir le programme',
    },
    'programme.agreed': {
      subject: 'Programme conclu : {programmeTitle}',
      body: [
        'Le programme « {programmeTitle} » ({partnerName}) a été conclu le {agreedOn}.',
        'Il peut maintenant être mis en œuvre ; toute modification ultérieure passe par une nouvelle version.',
      ],
      action: 'Ouvrir le programme',
    },
    'nomination.accepted': {
      subject: 'Candidature acceptée : {participantName}, {activityCode}',
      body: ['La candidature de {participantName} à {activityCode} {activityTitle} ({when}) a été acceptée.'],
      action: 'Ouvrir la candidature',
    },
    'nomination.waitlisted': {
      subject: 'Candidature en liste d’attente : {participantName}, {activityCode}',
      body: [
        'La candidature de {participantName} à {activityCode} {activityTitle} ({when}) a été placée sur la liste d’attente.',
        'Vous recevrez un autre message si une place se libère.',
      ],
      action: 'Ouvrir la candidature',
    },
    'nomination.rejected': {
      subject: 'Candidature refusée : {participantName}, {activityCode}',
      body: [
        'La candidature de {participantName} à {activityCode} {activityTitle} ({when}) a été refusée.',
        'Motif : {reason}',
      ],
      action: 'Ouvrir la candidature',
    },
    'nomination.promoted': {
      subject: 'Place obtenue depuis la liste d’attente : {participantName}, {activityCode}',
      body: [
        'Une place s’est libérée : la candidature de {participantName} à {activityCode} {activityTitle} ({when}) quitte la liste d’attente et est désormais acceptée.',
      ],
      action: 'Ouvrir la candidature',
    },
    'nomination.deadline': {
      subject: 'Date limite de candidature proche : {activityCode}, {deadline}',
      body: [
        'Les candidatures à {activityCode} {activityTitle} seront closes le {deadline}.',
        'Proposez vos participants avant cette date.',
      ],
      action: 'Ouvrir l’activité',
    },
  },
};

export const mailCatalogs: Record<Locale, MailCatalog> = { en, fr };
