import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { notFound, unprocessable } from '../../core/errors';
import { type Actor, assertCan, can } from '../../core/policy';
import { randomSecret, sha256 } from '../../core/secrets';
import type { Database } from '../../db/client';
import type { Locale } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import { actorFromUser } from '../auth/auth.service';
import type { MenuFilter } from './menu.schemas';
import { resolveMenuScope, selectCalendarEntries } from './menu.service';
import * as q from './menu-feeds.queries';
import {
  type CalendarIcsQuery,
  type CreatedFeed,
  type CreateFeedBody,
  type Feed,
  type FeedFilter,
  feedFilterSchema,
  type StoredFeed,
  storedFeedSchema,
} from './menu-feeds.schemas';
import { renderMenuCalendar } from './menu-ics';

/** Enough for any real menu (well over a thousand activities a year), small enough to render quickly. */
export const FEED_EVENT_CAP = 5000;
/** Feeds one user may keep: a subscription per filter they care about, not one per visit. */
export const MAX_FEEDS_PER_USER = 50;
// A subscribed calendar polls every few hours: last_used_at is written at most this often.
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;
/** The key as `randomSecret()` makes it (base64url), followed by `.ics`. */
const FEED_FILE = /^([A-Za-z0-9_-]{20,100})\.ics$/;

export interface RenderedCalendar {
  ics: string;
  /** The calendar's file name, for Content-Disposition. */
  filename: string;
}

function readStored(row: q.FeedRow): StoredFeed | null {
  const parsed = storedFeedSchema.safeParse(row.filter);
  return parsed.success ? parsed.data : null;
}

function toFeed(row: q.FeedRow): Feed {
  // A feed written by this module always parses; anything else shows as an empty English filter.
  const stored = readStored(row) ?? { filter: {}, lang: 'en' };
  return {
    id: row.id,
    name: row.name,
    filter: stored.filter,
    lang: stored.lang,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

/** Drops the filter fields left empty, so that what is stored (and shown) is only what was asked. */
function compactFilter(filter: CreateFeedBody['filter']): FeedFilter {
  const entries = Object.entries(filter).filter(
    ([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
  );
  return feedFilterSchema.parse(Object.fromEntries(entries));
}

export function createMenuFeedService(deps: { db: Database; clock: Clock; publicUrl: string }) {
  const { db, clock } = deps;
  const publicUrl = deps.publicUrl.replace(/\/+$/, '');

  async function render(actor: Actor, filter: MenuFilter, lang: Locale, name?: string) {
    const scope = await resolveMenuScope(db, actor);
    // No status filter of our own: subscribers must see cancellations, not lose the event.
    const { items } = await selectCalendarEntries(db, scope, filter, FEED_EVENT_CAP, clock);
    return renderMenuCalendar(items, { lang, publicUrl, name });
  }

  return {
    /** The menu the caller may see, as iCalendar (anonymous: the public menu). */
    async calendar(ctx: RequestContext, query: CalendarIcsQuery): Promise<RenderedCalendar> {
      assertCan(ctx.actor, 'menu.read');
      const { lang, ...filter } = query;
      const ics = await render(ctx.actor, filter, lang ?? ctx.actor.locale);
      return { ics, filename: 'entente-menu.ics' };
    },

    async list(ctx: RequestContext): Promise<{ items: Feed[] }> {
      assertCan(ctx.actor, 'self.manage');
      return { items: (await q.selectFeedsOfUser(db, ctx.actor.userId!)).map(toFeed) };
    },

    async create(ctx: RequestContext, body: CreateFeedBody): Promise<CreatedFeed> {
      assertCan(ctx.actor, 'self.manage');
      const userId = ctx.actor.userId!;
      const stored: StoredFeed = { filter: compactFilter(body.filter), lang: body.lang ?? ctx.actor.locale };
      // A filter naming a partner that does not exist is refused now, not on every later fetch.
      await selectCalendarEntries(db, await resolveMenuScope(db, ctx.actor), stored.filter, 1, clock);
      const key = randomSecret();
      return db.transaction(async (tx) => {
        if ((await q.countFeedsOfUser(tx, userId)) >= MAX_FEEDS_PER_USER) {
          throw unprocessable('calendar_feed.too_many', { max: MAX_FEEDS_PER_USER });
        }
        const row = await q.insertFeed(tx, {
          userId,
          name: body.name,
          keyHash: sha256(key),
          filter: stored,
          createdAt: clock.now(),
        });
        // The key is a credential: neither the audit trail nor the database keeps it.
        await recordAudit(tx, ctx, clock, {
          action: 'calendar_feed.create',
          entityType: 'calendar_feed',
          entityId: row.id,
          after: { name: row.name, ...stored },
        });
        const { lastUsedAt: _unused, ...feed } = toFeed(row);
        return { ...feed, url: `${publicUrl}/api/v1/menu/feeds/${key}.ics` };
      });
    },

    async remove(ctx: RequestContext, id: string): Promise<void> {
      assertCan(ctx.actor, 'self.manage');
      await db.transaction(async (tx) => {
        const row = await q.deleteFeed(tx, ctx.actor.userId!, id);
        if (!row) throw notFound('calendar_feed');
        await recordAudit(tx, ctx, clock, {
          action: 'calendar_feed.delete',
          entityType: 'calendar_feed',
          entityId: row.id,
          before: { name: row.name, ...readStored(row) },
        });
      });
    },

    /**
     * A subscription, read as its owner *now*: their current role and partner decide what it shows,
     * so a deactivated account's feeds go dark and a liaison moved to another partner stops seeing the
     * first one's activities. An unknown key, like a malformed one, is a plain 404.
     */
    async feed(file: string): Promise<RenderedCalendar> {
      const key = FEED_FILE.exec(file)?.[1];
      const row = key ? await q.selectFeedWithUser(db, sha256(key)) : undefined;
      const stored = row ? readStored(row.feed) : null;
      if (!row || !stored || !row.user.active) throw notFound('calendar_feed');
      const actor = actorFromUser(row.user, 'token');
      if (!can(actor, 'menu.read')) throw notFound('calendar_feed');
      const now = clock.now();
      const last = row.feed.lastUsedAt;
      if (!last || now.getTime() - last.getTime() > TOUCH_INTERVAL_MS)
        await q.touchFeed(db, row.feed.id, now);
      const ics = await render(actor, stored.filter, stored.lang, row.feed.name);
      return { ics, filename: 'entente-menu.ics' };
    },
  };
}

export type MenuFeedService = ReturnType<typeof createMenuFeedService>;
