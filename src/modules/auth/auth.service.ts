import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { type Actor, assertCan, rolePermissions } from '../../core/policy';
import { randomSecret, sha256 } from '../../core/secrets';
import type { Database } from '../../db/client';
import type { users } from '../../db/schema';
import type { Locale, Role } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import { findUserByEmail, findUserById, setUserFields, toUser } from '../users/users.service';
import * as q from './auth.queries';
import type { Me } from './auth.schemas';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords';

type UserRow = typeof users.$inferSelect;

const TOKEN_PREFIX = 'ent_';
// Sliding sessions are extended at most this often, so reads do not write on every request.
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export function actorFromUser(user: UserRow, via: Actor['via']): Actor {
  return {
    userId: user.id,
    label: user.email,
    role: user.role as Role,
    partnerId: user.partnerId,
    providerId: user.providerId,
    locale: user.locale as Locale,
    via,
    mustChangePassword: user.mustChangePassword,
  };
}

export function toMe(user: UserRow): Me {
  const {
    active: _active,
    lastLoginAt: _login,
    createdAt: _created,
    version: _version,
    ...me
  } = toUser(user);
  return { ...me, permissions: [...rolePermissions[me.role]] };
}

function toToken(row: Awaited<ReturnType<typeof q.listTokens>>[number]) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export type SessionLookup =
  | { status: 'valid'; actor: Actor; csrfToken: string }
  | { status: 'expired' }
  | { status: 'unknown' };

export function createAuthService(deps: { db: Database; clock: Clock; sessionHours: number }) {
  const { db, clock } = deps;
  const sessionLifetimeMs = deps.sessionHours * 3600 * 1000;

  async function requireSelf(ctx: RequestContext): Promise<UserRow> {
    assertCan(ctx.actor, 'self.manage');
    const row = await findUserById(db, ctx.actor.userId!);
    if (!row) throw notFound('user');
    return row;
  }

  return {
    async login(ctx: RequestContext, body: { email: string; password: string }, userAgent: string | null) {
      const user = await findUserByEmail(db, body.email);
      const ok = user
        ? await verifyPassword(user.passwordHash, body.password)
        : await verifyPassword(await decoyPasswordHash(), body.password);
      if (!user || !ok || !user.active) {
        await recordAudit(db, ctx, clock, {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          after: {
            email: body.email.toLowerCase().slice(0, 254),
            reason: !user ? 'unknown_email' : !ok ? 'wrong_password' : 'inactive',
          },
        });
        throw new AppError(401, 'auth.invalid_credentials');
      }
      const sessionToken = randomSecret();
      const csrfToken = randomSecret();
      const now = clock.now();
      await db.transaction(async (tx) => {
        await q.deleteExpiredSessions(tx, now);
        await q.insertSession(tx, {
          tokenHash: sha256(sessionToken),
          userId: user.id,
          csrfToken,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + sessionLifetimeMs),
          ip: ctx.ip,
          userAgent: userAgent?.slice(0, 500) ?? null,
        });
        await setUserFields(tx, user.id, { lastLoginAt: now });
        await recordAudit(tx, { ...ctx, actor: actorFromUser(user, 'session') }, clock, {
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
        });
      });
      return { user: toMe(user), sessionToken, csrfToken };
    },

    async logout(ctx: RequestContext, sessionToken: string) {
      await db.transaction(async (tx) => {
        await q.deleteSession(tx, sha256(sessionToken));
        await recordAudit(tx, ctx, clock, {
          action: 'auth.logout',
          entityType: 'user',
          entityId: ctx.actor.userId,
        });
      });
    },

    async lookupSession(sessionToken: string): Promise<SessionLookup> {
      const tokenHash = sha256(sessionToken);
      const row = await q.findSessionWithUser(db, tokenHash);
      if (!row?.user.active) return { status: 'unknown' };
      const now = clock.now();
      if (row.session.expiresAt <= now) return { status: 'expired' };
      if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
        await q.touchSession(db, tokenHash, now, new Date(now.getTime() + sessionLifetimeMs));
      }
      return { status: 'valid', actor: actorFromUser(row.user, 'session'), csrfToken: row.session.csrfToken };
    },

    async lookupToken(bearer: string): Promise<Actor | null> {
      if (!bearer.startsWith(TOKEN_PREFIX) || bearer.length > 200) return null;
      const row = await q.findTokenWithUser(db, sha256(bearer));
      const now = clock.now();
      if (!row?.user.active || (row.token.expiresAt && row.token.expiresAt <= now)) return null;
      if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
        await q.touchToken(db, row.token.id, now);
      }
      return actorFromUser(row.user, 'token');
    },

    async me(ctx: RequestContext): Promise<Me> {
      return toMe(await requireSelf(ctx));
    },

    async updateMe(ctx: RequestContext, body: { displayName?: string; locale?: Locale }): Promise<Me> {
      const before = await requireSelf(ctx);
      return db.transaction(async (tx) => {
        const after = await setUserFields(tx, before.id, {
          ...body,
          updatedAt: clock.now(),
          version: before.version + 1,
        });
        await recordAudit(tx, ctx, clock, {
          action: 'user.update_self',
          entityType: 'user',
          entityId: before.id,
          before: { displayName: before.displayName, locale: before.locale },
          after: { displayName: after.displayName, locale: after.locale },
        });
        return toMe(after);
      });
    },

    /** Changes the caller's password and ends their other sessions (a stolen one ends with it). */
    async changePassword(
      ctx: RequestContext,
      body: { currentPassword: string; newPassword: string },
      currentSessionToken: string | null,
    ) {
      const user = await requireSelf(ctx);
      if (!(await verifyPassword(user.passwordHash, body.currentPassword))) {
        throw new AppError(422, 'auth.password_incorrect');
      }
      if (body.newPassword === body.currentPassword) throw new AppError(422, 'auth.password_unchanged');
      const passwordHash = await hashPassword(body.newPassword);
      await db.transaction(async (tx) => {
        await setUserFields(tx, user.id, {
          passwordHash,
          mustChangePassword: false,
          version: user.version + 1,
        });
        await q.deleteOtherSessions(tx, user.id, currentSessionToken ? sha256(currentSessionToken) : null);
        await recordAudit(tx, ctx, clock, {
          action: 'user.change_password',
          entityType: 'user',
          entityId: user.id,
        });
      });
    },

    async listTokens(ctx: RequestContext) {
      const user = await requireSelf(ctx);
      return { items: (await q.listTokens(db, user.id)).map(toToken) };
    },

    async createToken(ctx: RequestContext, body: { name: string; expiresInDays?: number }) {
      const user = await requireSelf(ctx);
      const token = `${TOKEN_PREFIX}${randomSecret()}`;
      const now = clock.now();
      return db.transaction(async (tx) => {
        const row = await q.insertToken(tx, {
          userId: user.id,
          name: body.name,
          tokenHash: sha256(token),
          prefix: token.slice(0, 10),
          createdAt: now,
          expiresAt: body.expiresInDays ? new Date(now.getTime() + body.expiresInDays * 86_400_000) : null,
        });
        await recordAudit(tx, ctx, clock, {
          action: 'token.create',
          entityType: 'api_token',
          entityId: row.id,
          after: { name: row.name, prefix: row.prefix, expiresAt: row.expiresAt?.toISOString() ?? null },
        });
        return { token, item: toToken(row) };
      });
    },

    async revokeToken(ctx: RequestContext, id: string) {
      const user = await requireSelf(ctx);
      await db.transaction(async (tx) => {
        const row = await q.revokeToken(tx, user.id, id, clock.now());
        if (!row) throw notFound('token');
        await recordAudit(tx, ctx, clock, {
          action: 'token.revoke',
          entityType: 'api_token',
          entityId: row.id,
          before: { name: row.name, prefix: row.prefix },
        });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
