// Sample notification events for tests: one per kind, with the seed's Japan programme and a title
// with accents, so every test renders the same realistic values.
import type { Locale } from '../shared/enums';
import type { MailKind, NotificationMailEvent } from './mail-templates';

const programme = {
  partnerName: { en: 'Japan', fr: 'Japon' },
  programmeTitle: {
    en: 'Individual Partnership and Cooperation Programme 2014–2016',
    fr: 'Programme individuel de partenariat et de coopération 2014-2016',
  },
};

const nomination = {
  participantName: 'Haruto Sato',
  activityCode: 'SEC-101',
  activityTitle: { en: 'Cyber Security course', fr: 'Cours de Sécurité informatique' },
  startsOn: '2014-09-01',
};

export function sampleMailEvent(
  kind: MailKind,
  locale: Locale,
  recipientName = 'Aiko Tanaka',
): NotificationMailEvent {
  const base = { locale, recipientName };
  switch (kind) {
    case 'programme.submitted':
      return { ...base, kind, ...programme, link: '/programmes/p-1' };
    case 'programme.returned':
      return {
        ...base,
        kind,
        ...programme,
        reviewerName: 'Jean Dupont',
        comment: 'Objective 2 needs an area.\nPlease add the Sécurité activities.',
        link: '/programmes/p-1',
      };
    case 'programme.agreed':
      return { ...base, kind, ...programme, agreedOn: '2014-05-06', link: '/programmes/p-1' };
    case 'nomination.rejected':
      return {
        ...base,
        kind,
        ...nomination,
        reason: 'Seats reserved for Sécurité officers',
        link: '/nominations/n-1',
      };
    case 'nomination.deadline':
      return {
        ...base,
        kind,
        activityCode: nomination.activityCode,
        activityTitle: nomination.activityTitle,
        deadline: '2014-08-01',
        link: '/menu/activities/a-1',
      };
    default:
      return { ...base, kind, ...nomination, link: '/nominations/n-1' };
  }
}
