import { eq } from 'drizzle-orm';
import { auditEvents } from '../../db/schema';
import type { Caller, World } from '../../test/world';

export const PASSWORD = 'a long enough password';
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000009';

/**
 * The user-management calls the tests make, as an administrator unless told otherwise.
 * `context` is read at each call: the world is built in `beforeAll`, after the helpers.
 */
export function userApi(context: () => { world: World; admin: Caller }) {
  const app = () => context().world.app;
  const create = (payload: object, caller = context().admin) =>
    app().inject({ method: 'POST', url: '/api/v1/users', headers: caller.write, payload });
  const update = (id: string, payload: object, ifMatch: string | undefined, caller = context().admin) =>
    app().inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      headers: { ...caller.write, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      payload,
    });
  const list = (query: string, caller = context().admin) =>
    app().inject({ url: `/api/v1/users?${query}`, headers: caller.headers });
  const emails = async (query: string) =>
    (await list(query)).json().items.map((u: { email: string }) => u.email);
  const userByEmail = async (email: string) =>
    (await list(`q=${encodeURIComponent(email)}`))
      .json()
      .items.find((u: { email: string }) => u.email === email);
  const auditOf = (id: string) =>
    context()
      .world.database.db.select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id))
      .orderBy(auditEvents.seq);
  const newUser = (overrides: object = {}) => ({
    email: 'someone@example.org',
    displayName: 'Someone',
    role: 'viewer',
    password: PASSWORD,
    ...overrides,
  });
  return { create, update, list, emails, userByEmail, auditOf, newUser };
}
