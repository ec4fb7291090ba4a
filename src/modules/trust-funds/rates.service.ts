import { sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { assertCan } from '../../core/policy';
import { type Database, type Executor, selectRows } from '../../db/client';
import { exchangeRates, rateImports } from '../../db/schema';
import { describeCode } from '../../shared/validation-messages';
import { recordAudit } from '../audit/audit.service';
import { parseRatesCsv } from './rates-csv';
import type { MoneySettings } from './tf-money';

/** At most this many rows per file: the ECB's whole history since 1999 is about 200,000 cells. */
export const RATE_FILE_MAX_ROWS = 500_000;
/** The problems listed in a refused file's answer. */
const MAX_REPORTED = 200;

export interface RateListQuery {
  currency?: string;
  from?: string;
  to?: string;
  limit: number;
}

function insertRates(
  tx: Executor,
  importId: string,
  rows: { currency: string; rateDate: string; rate: string; source: string }[],
) {
  // One statement per 5,000 rows; a rate already there for the day is replaced (the import says so).
  return (async () => {
    for (let start = 0; start < rows.length; start += 5000) {
      const chunk = rows.slice(start, start + 5000);
      await tx
        .insert(exchangeRates)
        .values(chunk.map((r) => ({ ...r, importId })))
        .onConflictDoUpdate({
          target: [exchangeRates.currency, exchangeRates.rateDate],
          set: { rate: sql`excluded.rate`, source: sql`excluded.source`, importId: sql`excluded.import_id` },
        });
    }
  })();
}

export function createRateService(deps: { db: Database; clock: Clock; money: MoneySettings }) {
  const { db, clock, money } = deps;
  return {
    settings() {
      return {
        baseCurrency: money.baseCurrency,
        rateMaxAgeDays: money.rateMaxAgeDays,
        overBalance: money.overBalance,
      };
    },

    async list(ctx: RequestContext, query: RateListQuery) {
      assertCan(ctx.actor, 'trustfund.read');
      const rows = await selectRows<{ currency: string; rateDate: string; rate: string; source: string }>(
        db,
        sql`select currency, rate_date::text as "rateDate", rate::text as rate, source from exchange_rates
            where (${query.currency ?? null}::text is null or currency = ${query.currency ?? null})
              and (${query.from ?? null}::date is null or rate_date >= ${query.from ?? null}::date)
              and (${query.to ?? null}::date is null or rate_date <= ${query.to ?? null}::date)
            order by rate_date desc, currency limit ${query.limit}`,
      );
      return { baseCurrency: money.baseCurrency, items: rows };
    },

    async imports(ctx: RequestContext) {
      assertCan(ctx.actor, 'trustfund.read');
      const rows = await selectRows<{
        id: string;
        fileName: string;
        source: string;
        rows: number;
        currencies: string[];
        firstDate: string;
        lastDate: string;
        importedAt: string;
        importedBy: string | null;
      }>(
        db,
        sql`select ri.id, ri.file_name as "fileName", ri.source, ri.rows, ri.currencies::text[] as currencies,
              ri.first_date::text as "firstDate", ri.last_date::text as "lastDate", ri.imported_at::text as "importedAt",
              u.display_name as "importedBy"
            from rate_imports ri left join users u on u.id = ri.imported_by
            order by ri.imported_at desc limit 100`,
      );
      return { items: rows.map((r) => ({ ...r, importedAt: new Date(r.importedAt).toISOString() })) };
    },

    /**
     * Imports a rate file (the long `currency,date,rate[,source]` layout or the ECB's wide one): all of
     * it in one transaction, or nothing with every problem listed by line.
     */
    async importFile(
      ctx: RequestContext,
      input: { text: string; fileName: string; source: string; dryRun: boolean },
    ) {
      assertCan(ctx.actor, 'trustfund.write');
      const parsed = parseRatesCsv(input.text, {
        base: money.baseCurrency,
        defaultSource: input.source,
        maxRows: RATE_FILE_MAX_ROWS,
      });
      if (parsed.errors.length > 0)
        throw new AppError(
          422,
          'rates.invalid',
          { count: parsed.errors.length },
          parsed.errors.slice(0, MAX_REPORTED).map((e) => ({
            path: e.column ? `line ${e.line} / ${e.column}` : `line ${e.line}`,
            code: e.code,
            message: describeCode(e.code, ctx.actor.locale, e.params ?? {}),
          })),
        );
      if (parsed.rows.length === 0) throw new AppError(422, 'rates.empty');
      const dates = parsed.rows.map((r) => r.rateDate).sort();
      const currencies = [...new Set(parsed.rows.map((r) => r.currency))].sort();
      const summary = {
        fileName: input.fileName,
        source: input.source,
        rows: parsed.rows.length,
        currencies,
        firstDate: dates[0]!,
        lastDate: dates[dates.length - 1]!,
        dryRun: input.dryRun,
      };
      if (input.dryRun) return { id: null, ...summary };
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(rateImports)
          .values({
            fileName: summary.fileName,
            source: summary.source,
            rows: summary.rows,
            currencies,
            firstDate: summary.firstDate,
            lastDate: summary.lastDate,
            importedBy: ctx.actor.userId,
            importedAt: clock.now(),
          })
          .returning({ id: rateImports.id });
        await insertRates(tx, row!.id, parsed.rows);
        await recordAudit(tx, ctx, clock, {
          action: 'rates.import',
          entityType: 'rate_import',
          entityId: row!.id,
          after: summary,
        });
        return { id: row!.id, ...summary };
      });
    },
  };
}

export type RateService = ReturnType<typeof createRateService>;
