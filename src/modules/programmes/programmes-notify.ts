import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import type { Executor } from '../../db/client';
import { notify } from '../notifications/notify';
import { selectPartnerNames } from '../partners/partners.service';
import { findUserById } from '../users/users.service';
import type { ProgrammeRow } from './programmes.queries';
import type { ProgrammeTransitionBody } from './programmes.schemas';

/** The web app's page of a programme version: where a notification leads. */
export const programmeLink = (id: string) => `/programmes/${id}`;

/**
 * Tells the people a step concerns, in the step's transaction (the mail goes after the commit):
 * a submission the staff officers, a return or an agreement the partner's liaison officers.
 */
export async function notifyStep(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  row: ProgrammeRow,
  body: ProgrammeTransitionBody,
): Promise<void> {
  if (body.to !== 'submitted' && body.to !== 'returned' && body.to !== 'agreed') return;
  const [partner] = await selectPartnerNames(tx, [row.partnerId]);
  const base = {
    partnerName: { en: partner?.nameEn ?? '', fr: partner?.nameFr ?? '' },
    programmeTitle: { en: row.titleEn, fr: row.titleFr },
  };
  const link = programmeLink(row.id);
  const liaisons = { kind: 'partner_liaisons', partnerId: row.partnerId } as const;
  switch (body.to) {
    case 'submitted':
      await notify(
        tx,
        clock,
        { kind: 'staff_officers' },
        { kind: 'programme.submitted', params: base, link },
      );
      return;
    case 'returned': {
      const reviewer = ctx.actor.userId ? await findUserById(tx, ctx.actor.userId) : undefined;
      const reviewerName = reviewer?.displayName ?? ctx.actor.label;
      await notify(tx, clock, liaisons, {
        kind: 'programme.returned',
        params: { ...base, reviewerName, comment: body.comment },
        link,
      });
      return;
    }
    case 'agreed':
      await notify(tx, clock, liaisons, {
        kind: 'programme.agreed',
        params: { ...base, agreedOn: row.agreedOn ?? body.agreedOn! },
        link,
      });
      return;
  }
}
