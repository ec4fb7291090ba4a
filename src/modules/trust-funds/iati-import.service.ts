import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { translateMessage } from '../../core/messages';
import { assertCan } from '../../core/policy';
import type { Database, Executor } from '../../db/client';
import { incomingTypes, type OrganisationKind } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import { createOrganisation } from './funds.service';
import {
  IatiFileError,
  type ImportActivity,
  type ImportOrg,
  type ImportProblem,
  type ImportTransaction,
  parseIatiFile,
} from './iati-import';
import * as q from './iati-import.queries';
import { placedProject, writeFundActivity, writeProjectActivity } from './iati-import.records';
import type { IatiSettings } from './iati-model';
import type { MoneySettings } from './tf-money';
import { writeTransaction } from './transactions.service';

export interface IatiImportSummary {
  dryRun: boolean;
  activities: number;
  funds: { created: number; updated: number; unchanged: number };
  projects: { created: number; updated: number; unchanged: number };
  phases: { created: number; updated: number; unchanged: number };
  organisationsCreated: number;
  transactions: { added: number; skipped: number };
  warnings: { path: string; code: string; message: string }[];
}

/** At most this many problems are listed in a refusal. */
const MAX_REPORTED = 200;
const incoming = new Set<string>(incomingTypes);

class DryRunDone {
  constructor(readonly summary: IatiImportSummary) {}
}

/** What the import has placed so far: activity identifier → record. */
export interface Placed {
  funds: Map<string, { id: string; currency: string }>;
  projects: Map<string, { id: string; fundId: string; fundIdentifier: string; parentId: string | null }>;
}

/** The run's context, shared with iati-import.records.ts. */
export interface ImportRun {
  tx: Executor;
  ctx: RequestContext;
  clock: Clock;
  iati: IatiSettings;
  placed: Placed;
  summary: IatiImportSummary;
  /** The organisation's id, found or created; undefined when it names nobody. */
  organisation(org: ImportOrg): Promise<string | undefined>;
}

export function createIatiImportService(deps: {
  db: Database;
  clock: Clock;
  money: MoneySettings;
  iati: IatiSettings;
}) {
  const { db, clock, money, iati } = deps;

  return {
    /**
     * Imports an IATI 2.0x activity file: all of it in one transaction, or nothing and 422 listing every
     * problem by activity and element. A dry run does the same work and rolls it back.
     */
    async importFile(ctx: RequestContext, input: { text: string; dryRun: boolean }) {
      assertCan(ctx.actor, 'trustfund.write');
      const locale = ctx.actor.locale;
      const explain = (p: { path: string; code: string; params: ImportProblem['params'] }) => ({
        path: p.path,
        code: p.code,
        message: translateMessage(p.code, locale, p.params).detail,
      });
      const refuse = (problems: { path: string; code: string; message: string }[]) =>
        new AppError(422, 'iati_import.invalid', { count: problems.length }, problems.slice(0, MAX_REPORTED));

      let file: ReturnType<typeof parseIatiFile>;
      try {
        file = parseIatiFile(input.text);
      } catch (error) {
        if (error instanceof IatiFileError) throw new AppError(422, error.code, error.params);
        throw error;
      }
      if (file.errors.length > 0) throw refuse(file.errors.map(explain));

      const summary: IatiImportSummary = {
        dryRun: input.dryRun,
        activities: file.activities.length,
        funds: { created: 0, updated: 0, unchanged: 0 },
        projects: { created: 0, updated: 0, unchanged: 0 },
        phases: { created: 0, updated: 0, unchanged: 0 },
        organisationsCreated: 0,
        transactions: { added: 0, skipped: 0 },
        warnings: file.warnings.map(explain),
      };
      try {
        return await db.transaction(async (tx) => {
          const problems: { path: string; code: string; message: string }[] = [];
          /** Runs a step; an AppError becomes a problem at `path` (the transaction stays usable). */
          const attempt = async <T>(path: string, step: () => Promise<T>): Promise<T | undefined> => {
            try {
              return await step();
            } catch (error) {
              if (!(error instanceof AppError)) throw error;
              if (error.errors.length > 0)
                for (const e of error.errors)
                  problems.push({ path: `${path} (${e.path})`, code: e.code, message: e.message });
              else problems.push(explain({ path, code: error.code, params: error.params }));
              return undefined;
            }
          };
          const orgCache = new Map<string, string>();
          const run: ImportRun = {
            tx,
            ctx,
            clock,
            iati,
            placed: { funds: new Map(), projects: new Map() },
            summary,
            organisation: (org) => findOrCreateOrganisation(run, orgCache, org),
          };
          const ordered = [...file.activities].sort((a, b) => a.hierarchy - b.hierarchy);
          for (const activity of ordered)
            await attempt(activity.path, () =>
              activity.hierarchy === 1
                ? writeFundActivity(run, activity)
                : writeProjectActivity(run, activity),
            );
          for (const activity of ordered)
            for (const t of activity.transactions)
              await attempt(t.path, () => importTransaction(run, activity, t));
          if (problems.length > 0) throw refuse(problems);
          if (input.dryRun) throw new DryRunDone(summary);
          await recordAudit(tx, ctx, clock, {
            action: 'iati.import',
            entityType: 'iati_import',
            entityId: randomUUID(),
            after: summary,
          });
          return summary;
        });
      } catch (error) {
        if (error instanceof DryRunDone) return error.summary;
        throw error;
      }
    },
  };

  /** One transaction of the file, unless the same one is already recorded. */
  async function importTransaction(run: ImportRun, activity: ImportActivity, t: ImportTransaction) {
    const fund = run.placed.funds.get(activity.identifier);
    const project = run.placed.projects.get(activity.identifier);
    const fundId = fund?.id ?? project?.fundId;
    // Its activity was refused: that problem is already listed.
    if (!fundId) return;
    let projectId = project?.id ?? null;
    if (!project && t.receiver?.activityId) {
      const target = await placedProject(run, t.receiver.activityId);
      if (!target)
        throw new AppError(422, 'iati_import.unknown_activity', { identifier: t.receiver.activityId });
      projectId = target.id;
    }
    const party = incoming.has(t.type) ? t.provider : t.type === 'expenditure' ? t.receiver : undefined;
    const partyId = party ? ((await run.organisation(party)) ?? null) : null;
    const key = {
      fundId,
      projectId,
      type: t.type,
      valueDate: t.valueDate || t.date,
      amount: t.value,
      currency: t.currency,
      partyId,
      reference: t.ref.slice(0, 200),
    };
    if (await q.transactionExists(run.tx, key)) {
      run.summary.transactions.skipped += 1;
      return;
    }
    await writeTransaction(run.tx, run.ctx, clock, money, {
      ...key,
      pledgeId: null,
      earmark: { en: t.description.en.slice(0, 300), fr: t.description.fr.slice(0, 300) },
    });
    run.summary.transactions.added += 1;
  }
}

function kindOf(type: string | undefined): OrganisationKind {
  if (type === '40') return 'international_organisation';
  if (type && ['21', '22', '23', '24'].includes(type)) return 'ngo';
  if (type && ['10', '11', '15'].includes(type)) return 'agency';
  return 'other';
}

async function findOrCreateOrganisation(run: ImportRun, cache: Map<string, string>, org: ImportOrg) {
  const key = org.ref
    ? `ref:${org.ref.toLowerCase()}`
    : `name:${org.name.en.toLowerCase()}|${org.name.fr.toLowerCase()}`;
  if (!org.ref && !org.name.en && !org.name.fr) return undefined;
  const cached = cache.get(key);
  if (cached) return cached;
  let id = await q.findOrganisation(run.tx, org.ref, org.name);
  if (!id) {
    const iatiType = org.type && /^\d{2}$/.test(org.type) ? org.type : null;
    const partnerId = await q.findPartnerWithoutOrganisation(run.tx, org.name);
    const created = await createOrganisation(run.tx, run.ctx, run.clock, {
      kind: partnerId ? 'partner' : kindOf(org.type),
      partnerId: partnerId ?? null,
      isoCode: null,
      name: partnerId
        ? { en: '', fr: '' }
        : org.name.en || org.name.fr
          ? { en: org.name.en.slice(0, 300), fr: org.name.fr.slice(0, 300) }
          : { en: org.ref ?? '', fr: '' },
      iatiRef: org.ref?.slice(0, 100) ?? null,
      iatiType,
    });
    id = created.id;
    run.summary.organisationsCreated += 1;
  }
  cache.set(key, id);
  return id;
}

export type IatiImportService = ReturnType<typeof createIatiImportService>;
