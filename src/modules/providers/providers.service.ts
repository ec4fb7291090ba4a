import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/policy';
import type { Database } from '../../db/client';
import type { ProviderKind } from '../../shared/enums';
import { selectProviders } from './providers.queries';

export function createProviderService(deps: { db: Database }) {
  return {
    async list(ctx: RequestContext) {
      assertCan(ctx.actor, 'provider.read');
      const rows = await selectProviders(deps.db);
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
