import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { assertCan, recordScope } from '../../core/policy';
import type { Database } from '../../db/client';
import type { Locale } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import { findPartnerKeys } from '../partners/partners.service';
import type { MenuFilter } from './menu.schemas';
import { exportActivities, insertActivities } from './menu.service';
import { activityRows, writeCsv, writeJson, writeXlsx } from './menu-export';
import { type ImportError, MAX_REPORTED_ERRORS, planImport } from './menu-import';
import { type FileFormat, readSheet } from './menu-io.sheets';

/** Beyond any real year's menu (well over a thousand activities), small enough for one response. */
export const EXPORT_CAP = 20_000;

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  activities: number;
  iterations: number;
  /** Every problem, by row and column (the first MAX_REPORTED_ERRORS of them). */
  errors: ImportError[];
  errorCount: number;
}

export function createMenuIoService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;
  return {
    /**
     * A dry run reads and checks the whole file and writes nothing; a real run writes all of it in one
     * transaction, or nothing at all when any row has a problem.
     */
    async importFile(
      ctx: RequestContext,
      format: FileFormat,
      file: Buffer,
      dryRun: boolean,
    ): Promise<ImportReport> {
      assertCan(ctx.actor, 'menu.write');
      const locale = ctx.actor.locale;
      const sheet = await readSheet(format, file);
      if (sheet.rows.length === 0) throw new AppError(422, 'import.empty');
      if (dryRun) {
        const plan = await planImport(db, ctx.actor, sheet, locale);
        return {
          dryRun: true,
          rows: plan.rows,
          activities: plan.activities,
          iterations: plan.iterations,
          errors: plan.errors.slice(0, MAX_REPORTED_ERRORS),
          errorCount: plan.errors.length,
        };
      }
      return db.transaction(async (tx) => {
        const plan = await planImport(tx, ctx.actor, sheet, locale);
        if (plan.errors.length > 0) {
          throw new AppError(
            422,
            'import.invalid',
            { count: plan.errors.length },
            plan.errors.slice(0, MAX_REPORTED_ERRORS).map((e) => ({
              path: `row ${e.row} / ${e.column}`,
              code: e.code,
              message: e.message,
            })),
          );
        }
        // A provider's own users leave the provider out or name their own: the plan has settled it.
        const bodies = plan.bodies.map((body) => ({ ...body, providerId: body.providerId! }));
        const created = await insertActivities(tx, ctx, clock, bodies);
        await recordAudit(tx, ctx, clock, {
          action: 'menu.import',
          entityType: 'menu',
          entityId: null,
          after: {
            format,
            rows: plan.rows,
            activities: created.length,
            iterations: plan.iterations,
            years: [...new Set(bodies.map((b) => b.year))].sort(),
            codes: created.slice(0, 1000).map((c) => c.code),
          },
        });
        return {
          dryRun: false,
          rows: plan.rows,
          activities: created.length,
          iterations: plan.iterations,
          errors: [],
          errorCount: 0,
        };
      });
    },

    /** The filtered menu as the import's own columns, so that an export can be edited and imported again. */
    async exportMenu(ctx: RequestContext, filter: MenuFilter, format: FileFormat, locale: Locale) {
      assertCan(ctx.actor, 'menu.read');
      const { items, partners } = await db.transaction(async (tx) => ({
        items: await exportActivities(tx, ctx, filter, EXPORT_CAP, clock),
        partners: await findPartnerKeys(tx),
      }));
      // Which partners an activity names is the alliance's business (as on the activity page).
      const showPartners = recordScope(ctx.actor).kind === 'all';
      const names = new Map(partners.map((p) => [p.id, p.isoCode ?? p.nameEn]));
      const rows = items.flatMap((activity) => activityRows(activity, names, showPartners));
      const year = filter.year ?? clock.now().getUTCFullYear();
      const filename = `menu-${year}.${format}`;
      if (format === 'csv') return { filename, body: writeCsv(rows, locale) as string | Buffer | object };
      if (format === 'xlsx') return { filename, body: await writeXlsx(rows, locale) };
      return { filename, body: writeJson(rows, { year, exportedAt: clock.now().toISOString() }) };
    },
  };
}

export type MenuIoService = ReturnType<typeof createMenuIoService>;
