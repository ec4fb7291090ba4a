import { sql } from 'drizzle-orm';
import { AppError } from '../../core/errors';
import { translateMessage } from '../../core/messages';
import type { Actor } from '../../core/policy';
import { type Executor, selectRows } from '../../db/client';
import { activityVisibleSql, type MenuScope, uuidArray } from '../menu/menu.access';
import { currentFrameworkIds } from '../partners/partners.service';
import type { Period, SelectedActivityInput } from './programmes.schemas';

/**
 * Whether menu activities may be selected for a partner's programme, by the menu's own rules
 * (menu.access.ts): the activity must be published and released to the partner, open to it
 * (eligibility), not cancelled, and of a menu year within the programme's period.
 */

/** The menu as the programme's partner sees it: what its liaison would find in the catalogue. */
export async function partnerMenuScope(tx: Executor, partnerId: string): Promise<MenuScope> {
  return { kind: 'partner', partnerId, frameworkIds: await currentFrameworkIds(tx, partnerId) };
}

const yearOf = (date: string) => Number(date.slice(0, 4));

interface CheckRow {
  id: string;
  code: string;
  year: number;
  status: string;
  /** In the partner's menu: published, released to it and open to it. */
  visible: boolean;
  /** In the public's menu (published and public): no secret to anyone. */
  public: boolean;
}

/** A field-level refusal: the problem's code, and the field it is about for the form. */
export function fieldRefusal(
  actor: Actor,
  status: number,
  code: string,
  path: string,
  params: Record<string, string | number> = {},
): AppError {
  const message = translateMessage(code, actor.locale, params).detail;
  return new AppError(status, code, params, [{ path, code, message }]);
}

const refusal = (actor: Actor, code: string, index: number, params: Record<string, string | number>) =>
  fieldRefusal(actor, 422, code, `activities.${index}.activityId`, params);

/**
 * Checks a version's selection against the menu. An activity newly selected (not in `kept`) must be
 * known — a liaison is told `reference.unknown` too for one its partner may not see at all, whose
 * existence is not its business — not cancelled, and open to the partner; every activity, kept or new,
 * must be of a menu year within the period. The first refusal answers, naming the field.
 */
export async function checkSelection(
  tx: Executor,
  actor: Actor,
  partnerId: string,
  period: Period,
  selection: readonly SelectedActivityInput[],
  kept: ReadonlySet<string>,
): Promise<void> {
  if (selection.length === 0) return;
  const scope = await partnerMenuScope(tx, partnerId);
  const rows = await selectRows<CheckRow>(
    tx,
    sql`select a.id, a.code, a.year::int as year, a.status, ${activityVisibleSql(scope)} as visible,
      ${activityVisibleSql({ kind: 'public' })} as public
    from activities a where a.id = any(${uuidArray(selection.map((s) => s.activityId))})`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const from = yearOf(period.startsOn);
  const to = yearOf(period.endsOn);
  for (const [index, item] of selection.entries()) {
    const row = byId.get(item.activityId);
    if (!kept.has(item.activityId)) {
      if (!row || (actor.role === 'partner_liaison' && !row.visible && !row.public)) {
        throw refusal(actor, 'reference.unknown', index, {
          field: `activities.${index}.activityId`,
          value: item.activityId,
        });
      }
      if (row.status === 'cancelled') {
        throw refusal(actor, 'programme.activity_cancelled', index, { code: row.code });
      }
      if (!row.visible) throw refusal(actor, 'programme.activity_ineligible', index, { code: row.code });
    }
    if (row && (row.year < from || row.year > to)) {
      throw refusal(actor, 'programme.activity_other_year', index, {
        code: row.code,
        year: row.year,
        from,
        to,
      });
    }
  }
}
