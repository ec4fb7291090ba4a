import type { z } from 'zod';
import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError, conflict, notFound, preconditionFailed, unprocessable } from '../../core/errors';
import { assertCan } from '../../core/policy';
import { validationError } from '../../core/validation';
import type { Database, Executor } from '../../db/client';
import type { users } from '../../db/schema';
import type { Locale, Role } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import { partnerExists } from '../partners/partners.service';
import { providerExists } from '../providers/providers.service';
import * as q from './users.queries';
import type { CreateUserBody, UpdateUserBody, User, UserListQuery } from './users.schemas';

type UserRow = typeof users.$inferSelect;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role as Role,
    partnerId: row.partnerId,
    providerId: row.providerId,
    locale: row.locale as Locale,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

/** What the audit trail keeps of a user: never the password hash. */
function auditView(row: UserRow) {
  const { passwordHash: _hash, lastLoginAt: _login, createdAt: _created, updatedAt: _updated, ...rest } = row;
  return rest;
}

const bindingIssue = (path: string, message: string) =>
  ({ code: 'custom', path: [path], message, input: null }) as z.core.$ZodIssue;

async function checkBindings(
  tx: Executor,
  ctx: RequestContext,
  role: string,
  partnerId: string | null,
  providerId: string | null,
) {
  // A missing binding is a field error on the binding, as the create schema reports it,
  // rather than an "unknown reference" to an empty id.
  const missing: z.core.$ZodIssue[] = [];
  if (role === 'partner_liaison' && !partnerId)
    missing.push(bindingIssue('partnerId', 'binding.partner_required'));
  if (role === 'activity_provider' && !providerId) {
    missing.push(bindingIssue('providerId', 'binding.provider_required'));
  }
  if (missing.length > 0) throw validationError(missing, ctx.actor.locale);
  if (partnerId && !(await partnerExists(tx, partnerId))) {
    throw unprocessable('reference.unknown', { field: 'partnerId', value: partnerId });
  }
  if (providerId && !(await providerExists(tx, providerId))) {
    throw unprocessable('reference.unknown', { field: 'providerId', value: providerId });
  }
}

/** Creates a user in the caller's transaction; used by the admin API, the CLI and the first start. */
export async function insertUser(tx: Executor, ctx: RequestContext, clock: Clock, body: CreateUserBody) {
  const partnerId = body.role === 'partner_liaison' ? (body.partnerId ?? null) : null;
  const providerId = body.role === 'activity_provider' ? (body.providerId ?? null) : null;
  await checkBindings(tx, ctx, body.role, partnerId, providerId);
  if (await q.selectUserByEmail(tx, body.email))
    throw conflict('user.duplicate_email', { email: body.email });
  const now = clock.now();
  const row = await q.insertUserRow(tx, {
    email: body.email.toLowerCase(),
    displayName: body.displayName,
    passwordHash: await hashPassword(body.password),
    role: body.role,
    partnerId,
    providerId,
    locale: body.locale,
    mustChangePassword: body.mustChangePassword,
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(tx, ctx, clock, {
    action: 'user.create',
    entityType: 'user',
    entityId: row.id,
    partnerId: row.partnerId,
    after: auditView(row),
  });
  return row;
}

/** Sets fields of a user row in the caller's transaction (sign-in time, password): for the auth module. */
export function setUserFields(tx: Executor, id: string, patch: Parameters<typeof q.updateUserRow>[2]) {
  return q.updateUserRow(tx, id, patch);
}

/** For the first start: are there users at all, and does this one exist? */
export const countUsers = (tx: Executor) => q.countUsers(tx);
export const findUserByEmail = (tx: Executor, email: string) => q.selectUserByEmail(tx, email);
export const findUserById = (tx: Executor, id: string) => q.selectUserById(tx, id);

export function createUserService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async list(ctx: RequestContext, query: UserListQuery) {
      assertCan(ctx.actor, 'user.read');
      const { items, total } = await q.selectUserPage(db, query);
      return { items: items.map(toUser), total, page: query.page, limit: query.limit };
    },

    async get(ctx: RequestContext, id: string) {
      assertCan(ctx.actor, 'user.read');
      const row = await q.selectUserById(db, id);
      if (!row) throw notFound('user');
      return toUser(row);
    },

    async create(ctx: RequestContext, body: CreateUserBody) {
      assertCan(ctx.actor, 'user.write');
      return toUser(await db.transaction((tx) => insertUser(tx, ctx, clock, body)));
    },

    async update(ctx: RequestContext, id: string, version: number, body: UpdateUserBody) {
      assertCan(ctx.actor, 'user.write');
      const passwordHash = body.password ? await hashPassword(body.password) : undefined;
      return db.transaction(async (tx) => {
        const before = await q.selectUserById(tx, id);
        if (!before) throw notFound('user');
        if (before.version !== version) throw preconditionFailed();
        const role = body.role ?? before.role;
        if (id === ctx.actor.userId && (role !== 'admin' || body.active === false)) {
          throw new AppError(422, 'user.cannot_demote_self');
        }
        const partnerId = role === 'partner_liaison' ? (body.partnerId ?? before.partnerId) : null;
        const providerId = role === 'activity_provider' ? (body.providerId ?? before.providerId) : null;
        await checkBindings(tx, ctx, role, partnerId, providerId);
        const { password: _password, ...rest } = body;
        const after = await q.updateUserRow(tx, id, {
          ...rest,
          role,
          partnerId,
          providerId,
          ...(passwordHash ? { passwordHash } : {}),
          updatedAt: clock.now(),
          version: before.version + 1,
        });
        await recordAudit(tx, ctx, clock, {
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          partnerId: after.partnerId ?? before.partnerId,
          before: auditView(before),
          after: { ...auditView(after), ...(passwordHash ? { passwordReset: true } : {}) },
        });
        return toUser(after);
      });
    },
  };
}
