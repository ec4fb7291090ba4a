import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/policy';
import type { Database, Executor } from '../../db/client';
import type { ProviderKind } from '../../shared/enums';
import * as q from './providers.queries';

/** Whether a provider exists: other modules check their references with it. */
export function providerExists(tx: Executor, id: string): Promise<boolean> {
  return q.providerExists(tx, id);
}

/** Adds a provider (the registry's screens come with the menu); used by the demo data. */
export function insertProvider(tx: Executor, values: Parameters<typeof q.insertProviderRow>[1]) {
  return q.insertProviderRow(tx, values);
}

export function createProviderService(deps: { db: Database }) {
  return {
    async list(ctx: RequestContext) {
      assertCan(ctx.actor, 'provider.read');
      const rows = await q.selectProviders(deps.db);
      const items = rows.map((row) => ({
        id: row.id,
        code: row.code,
        name: { en: row.nameEn, fr: row.nameFr },
        kind: row.kind as ProviderKind,
        countryCode: row.countryCode,
      }));
      return { items, total: items.length };
    },
  };
}
