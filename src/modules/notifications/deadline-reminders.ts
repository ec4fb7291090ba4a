import { sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock';
import { type Database, selectRows } from '../../db/client';
import { notify } from './notify';

// Any constant will do; it only has to be the same in every process sharing the database.
const REMINDER_LOCK_KEY = 4_242_002;

interface DueReminder {
  iterationId: string;
  activityId: string;
  activityCode: string;
  titleEn: string;
  titleFr: string;
  deadline: string;
  link: string;
  userIds: string[];
}

/** The web app's page of the activity, naming the iteration: also the reminder's identity. */
export const deadlineReminderLink = (activityId: string, iterationId: string) =>
  `/menu/activities/${activityId}?iteration=${iterationId}`;

/**
 * Reminds the liaisons of partners that planned an activity in an agreed or active programme and have
 * nominated nobody to one of its open iterations whose nomination deadline falls within `days` days
 * (today included, days counted in UTC). Each liaison is reminded once per iteration: the reminder
 * already written (same kind and link) is the record of it, so the job may run as often as it likes,
 * on as many processes as share the database. Answers how many reminders were written.
 */
export async function sendDeadlineReminders(db: Database, clock: Clock, days: number): Promise<number> {
  const today = clock.now().toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    // Two processes running the job at the same moment would both find the reminder missing.
    await tx.execute(sql`select pg_advisory_xact_lock(${REMINDER_LOCK_KEY})`);
    const due = await selectRows<DueReminder>(
      tx,
      sql`select i.id as "iterationId", a.id as "activityId", a.code as "activityCode",
          a.title_en as "titleEn", a.title_fr as "titleFr", i.nomination_deadline::text as deadline,
          '/menu/activities/' || a.id || '?iteration=' || i.id as link,
          json_agg(distinct u.id) as "userIds"
        from iterations i
        join activities a on a.id = i.activity_id
        join programme_activities pa on pa.activity_id = a.id
        join programmes p on p.id = pa.programme_id and p.status in ('agreed', 'active')
        join users u on u.role = 'partner_liaison' and u.active and u.partner_id = p.partner_id
        where i.status = 'open' and i.published_at is not null
          and i.nomination_deadline between ${today}::date and ${today}::date + ${days}::int
          -- Only what the partner may still see and apply to (releasability and eligibility may change).
          and a.published_at is not null
          and (a.releasability = 'public'
            or (a.releasability = 'releasable' and p.partner_id = any(a.releasable_to)))
          and (a.eligibility = 'all'
            or (a.eligibility = 'partners' and p.partner_id = any(a.eligible_partner_ids))
            or (a.eligibility = 'frameworks' and exists (
              select 1 from partner_frameworks pf
              where pf.partner_id = p.partner_id and pf.left_on is null
                and pf.framework_id = any(a.eligible_framework_ids))))
          and not exists (
            select 1 from nominations n
            where n.iteration_id = i.id and n.partner_id = p.partner_id and n.status <> 'withdrawn')
          and not exists (
            select 1 from notifications x
            where x.user_id = u.id and x.kind = 'nomination.deadline'
              and x.link = '/menu/activities/' || a.id || '?iteration=' || i.id)
        group by i.id, a.id
        order by i.nomination_deadline, a.code`,
    );
    let told = 0;
    for (const reminder of due) {
      told += await notify(
        tx,
        clock,
        { kind: 'users', userIds: reminder.userIds },
        {
          kind: 'nomination.deadline',
          params: {
            activityCode: reminder.activityCode,
            activityTitle: { en: reminder.titleEn, fr: reminder.titleFr },
            deadline: reminder.deadline,
          },
          link: reminder.link,
        },
      );
    }
    return told;
  });
}
