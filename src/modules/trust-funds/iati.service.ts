import type { Bilingual } from '../../core/bilingual';
import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { assertCan } from '../../core/policy';
import type { Database } from '../../db/client';
import { incomingTypes } from '../../shared/enums';
import * as q from './iati.queries';
import type {
  IatiActivity,
  IatiActivityStatus,
  IatiExport,
  IatiOrg,
  IatiParticipatingOrg,
  IatiResult,
  IatiSettings,
  IatiTransaction,
  IatiTransactionType,
} from './iati-model';
import { buildIatiXml, IatiExportError } from './iati-xml';
import { type TrustFundScope, trustFundScope } from './trust-funds.access';

export interface IatiFile {
  filename: string;
  body: string;
}

const incoming = new Set<string>(incomingTypes);
const fundStatus: Record<string, IatiActivityStatus> = { open: 'in_implementation', closed: 'closed' };

interface Loaded {
  funds: q.IatiFundRow[];
  projects: q.IatiProjectRow[];
  leads: q.IatiLeadNationRow[];
  budgets: q.IatiBudgetRow[];
  indicators: q.IatiIndicatorRow[];
  transactions: q.IatiTransactionRow[];
}

const text = (en: string | null, fr: string | null): Bilingual => ({ en: en ?? '', fr: fr ?? '' });
const minOf = (values: (string | null | undefined)[]) =>
  values.filter((v): v is string => Boolean(v)).sort()[0];
const maxOf = (values: string[]) => [...values].sort().at(-1)!;

/** The organisation in a row's `<prefix>Ref`, `<prefix>Type`, `<prefix>NameEn`, `<prefix>NameFr` columns. */
function org(row: object, prefix: 'manager' | 'agency' | 'org' | 'party'): IatiOrg {
  const column = (name: string) => (row as Record<string, string | null>)[`${prefix}${name}`] ?? null;
  const [ref, type] = [column('Ref'), column('Type')];
  return {
    ...(ref ? { ref } : {}),
    ...(type ? { type } : {}),
    name: text(column('NameEn'), column('NameFr')),
  };
}

/** The donors of the given contributions, once each, in the order they first gave. */
function donorsOf(transactions: q.IatiTransactionRow[]): IatiParticipatingOrg[] {
  const seen = new Map<string, IatiParticipatingOrg>();
  for (const t of transactions)
    if (incoming.has(t.type) && t.partyId && !seen.has(t.partyId))
      seen.set(t.partyId, { ...org(t, 'party'), role: 'funding' });
  return [...seen.values()];
}

function resultsOf(indicators: q.IatiIndicatorRow[]): IatiResult[] {
  // One result per indicator: the database keeps no result titles of its own.
  return indicators.map((i) => {
    const title = text(i.titleEn, i.titleFr);
    const year = i.baselineYear ?? (i.periods[0] ? Number(i.periods[0].start.slice(0, 4)) : null);
    return {
      type: i.resultType as IatiResult['type'],
      title,
      indicators: [
        {
          title,
          // `other` says nothing a reader can use: no unit is written then.
          unit: i.unit === 'other' ? '' : i.unit,
          ascending: i.ascending,
          ...(i.baselineValue !== null && year !== null
            ? { baseline: { year, isoDate: `${year}-01-01`, value: i.baselineValue } }
            : {}),
          periods: i.periods.map((p) => ({
            start: p.start,
            end: p.end,
            ...(p.target !== null ? { target: p.target } : {}),
            ...(p.actual !== null ? { actual: p.actual } : {}),
          })),
        },
      ],
    };
  });
}

function transactionOf(t: q.IatiTransactionRow, receiver?: IatiTransaction['receiver']): IatiTransaction {
  return {
    ...(t.reference ? { ref: t.reference } : {}),
    type: t.type as IatiTransactionType,
    date: t.valueDate,
    value: t.amount,
    currency: t.currency,
    valueDate: t.valueDate,
    ...(t.earmarkEn || t.earmarkFr ? { description: text(t.earmarkEn, t.earmarkFr) } : {}),
    ...(incoming.has(t.type) && t.partyId ? { provider: org(t, 'party') } : {}),
    ...(receiver ? { receiver } : {}),
  };
}

/**
 * The project's dates as IATI reads them: planned until it starts, actual once it has. IATI requires a
 * start: without one recorded, the earliest date known of the project (a budget or result period, a
 * payment) is its planned start, or else the day it was recorded.
 */
function projectDates(p: q.IatiProjectRow, known: string[]): IatiActivity['dates'] {
  const started = ['in_implementation', 'completed', 'closed'].includes(p.status);
  const ended = p.status === 'completed' || p.status === 'closed';
  return {
    ...(p.startsOn
      ? started
        ? { actualStart: p.startsOn }
        : { plannedStart: p.startsOn }
      : { plannedStart: minOf(known) ?? p.createdOn }),
    ...(p.endsOn ? (ended ? { actualEnd: p.endsOn } : { plannedEnd: p.endsOn }) : {}),
  };
}

/** The database read into the builder's model: funds (1), projects (2), phases (3). */
export function toIatiExport(data: Loaded, settings: IatiSettings, generatedAt: string): IatiExport {
  const reportingOrg = {
    ref: settings.publisherRef,
    type: settings.publisherType,
    name: settings.publisherName,
  };
  const fundById = new Map(data.funds.map((f) => [f.id, f]));
  const projectById = new Map(data.projects.map((p) => [p.id, p]));
  const fundIdentifier = (f: q.IatiFundRow) => `${settings.publisherRef}-${f.code}`;
  const projectIdentifier = (p: q.IatiProjectRow) => `${fundIdentifier(fundById.get(p.fundId)!)}-${p.code}`;
  const atLeastOne = (orgs: IatiParticipatingOrg[]): IatiParticipatingOrg[] =>
    // Nobody recorded: the publisher answers for the activity.
    orgs.length > 0 ? orgs : [{ ...reportingOrg, role: 'accountable' }];
  const manager = (f: q.IatiFundRow): IatiParticipatingOrg[] =>
    f.managerId ? [{ ...org(f, 'manager'), role: 'accountable' }] : [];
  // Money received and disbursed is the fund's; money spent is the project's (or phase's) that spent it.
  const spentBy = (p: q.IatiProjectRow) => (t: q.IatiTransactionRow) =>
    t.type === 'expenditure' && t.projectId === p.id;

  const activities: IatiActivity[] = [];
  for (const f of data.funds) {
    const projects = data.projects.filter((p) => p.fundId === f.id);
    const money = data.transactions.filter((t) => t.fundId === f.id && t.type !== 'expenditure');
    const firstMoney = minOf(money.map((t) => t.valueDate));
    const transactions = money.map((t) => {
      if (t.type !== 'disbursement') return transactionOf(t);
      const project = t.projectId ? projectById.get(t.projectId) : undefined;
      if (!project) return transactionOf(t, reportingOrg);
      const receiver = project.agencyId ? org(project, 'agency') : reportingOrg;
      return transactionOf(t, { ...receiver, activityId: projectIdentifier(project) });
    });
    activities.push({
      identifier: fundIdentifier(f),
      hierarchy: 1,
      lastUpdated: maxOf([f.updatedAt, ...money.map((t) => t.updatedAt)]),
      defaultCurrency: f.currency,
      title: text(f.nameEn, f.nameFr),
      description: text(f.descriptionEn, f.descriptionFr),
      status: fundStatus[f.status] ?? 'in_implementation',
      dates: firstMoney
        ? { actualStart: firstMoney }
        : { plannedStart: minOf(projects.map((p) => p.startsOn)) ?? f.createdOn },
      participatingOrgs: atLeastOne([...donorsOf(money), ...manager(f)]),
      ...(f.recipientCountry ? { recipientCountry: f.recipientCountry } : {}),
      budgets: [],
      transactions,
      related: projects
        .filter((p) => p.parentId === null)
        .map((p) => ({ type: 'child' as const, identifier: projectIdentifier(p) })),
      results: [],
    });
  }

  for (const p of data.projects) {
    const f = fundById.get(p.fundId)!;
    const identifier = projectIdentifier(p);
    const budgets = data.budgets.filter((b) => b.projectId === p.id);
    const indicators = data.indicators.filter((i) => i.projectId === p.id);
    const own = data.transactions.filter((t) => t.projectId === p.id);
    const spent = own.filter(spentBy(p));
    const parent = p.parentId ? projectById.get(p.parentId) : undefined;
    const phases = data.projects.filter((phase) => phase.parentId === p.id);
    const fundName = text(f.nameEn || f.nameFr, f.nameFr || f.nameEn);
    const parentTitle = parent && text(parent.titleEn || parent.titleFr, parent.titleFr || parent.titleEn);
    activities.push({
      identifier,
      hierarchy: parent ? 3 : 2,
      lastUpdated: maxOf([p.updatedAt, ...spent.map((t) => t.updatedAt)]),
      defaultCurrency: f.currency,
      title: text(p.titleEn, p.titleFr),
      // The database keeps objectives, not a general description: say what the activity belongs to.
      description:
        parent && parentTitle
          ? {
              en: `Phase of project ${parent.code}: ${parentTitle.en}.`,
              fr: `Phase du projet ${parent.code}\u00a0: ${parentTitle.fr}.`,
            }
          : {
              en: `Project of trust fund ${f.code}: ${fundName.en}.`,
              fr: `Projet du fonds ${f.code}\u00a0: ${fundName.fr}.`,
            },
      objectives: text(p.objectivesEn, p.objectivesFr),
      status: p.status as IatiActivityStatus,
      dates: projectDates(p, [
        ...budgets.map((b) => b.periodStart),
        ...indicators.flatMap((i) => i.periods.map((period) => period.start)),
        ...own.map((t) => t.valueDate),
      ]),
      participatingOrgs: atLeastOne([
        ...donorsOf(own),
        ...manager(f),
        ...data.leads
          .filter((l) => l.projectId === p.id)
          .map((l) => ({ ...org(l, 'org'), role: 'extending' as const })),
        ...(p.agencyId ? [{ ...org(p, 'agency'), role: 'implementing' as const }] : []),
      ]),
      recipientCountry: p.beneficiaryCountry,
      budgets: budgets.map((b) => ({
        type: b.kind as 'original' | 'revised',
        periodStart: b.periodStart,
        periodEnd: b.periodEnd,
        value: b.amount,
        currency: b.currency,
        valueDate: b.valueDate,
      })),
      transactions: spent.map((t) => transactionOf(t, t.partyId ? org(t, 'party') : undefined)),
      related: [
        { type: 'parent', identifier: parent ? projectIdentifier(parent) : fundIdentifier(f) },
        ...phases.map((phase) => ({ type: 'child' as const, identifier: projectIdentifier(phase) })),
      ],
      results: resultsOf(indicators),
    });
  }
  return { generatedAt, reportingOrg, activities };
}

export function createIatiService(deps: { db: Database; clock: Clock; iati: IatiSettings }) {
  const { db, clock, iati } = deps;

  /** Everything the file holds, read in one snapshot so that sums and links agree. */
  function load(scope: TrustFundScope, fundId?: string): Promise<Loaded> {
    return db.transaction(
      async (tx) => {
        const funds = await q.selectIatiFunds(tx, scope, fundId);
        if (funds.length === 0)
          throw fundId ? notFound('trust_fund') : new AppError(404, 'iati.nothing_to_export');
        const fundIds = funds.map((f) => f.id);
        const projects = await q.selectIatiProjects(tx, scope, fundIds);
        const projectIds = projects.map((p) => p.id);
        const some = projectIds.length > 0;
        return {
          funds,
          projects,
          leads: some ? await q.selectIatiLeadNations(tx, projectIds) : [],
          budgets: some ? await q.selectIatiBudgets(tx, projectIds) : [],
          indicators: some ? await q.selectIatiIndicators(tx, projectIds) : [],
          transactions: await q.selectIatiTransactions(tx, scope, fundIds),
        };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  }

  function render(data: IatiExport): string {
    try {
      return buildIatiXml(data);
    } catch (error) {
      if (!(error instanceof IatiExportError)) throw error;
      // What the database allows but IATI does not: name the activity and the field.
      const [, index, field] = /^activities\[(\d+)\]\.?(.*)$/.exec(error.path) ?? [];
      const activity = index !== undefined ? (data.activities[Number(index)]?.identifier ?? '') : '';
      throw new AppError(422, 'iati.invalid_data', {
        activity,
        field: field || error.path,
        reason: error.reason,
      });
    }
  }

  async function exportFile(ctx: RequestContext, fundId?: string): Promise<IatiFile> {
    assertCan(ctx.actor, 'trustfund.read');
    const data = await load(trustFundScope(ctx.actor), fundId);
    const now = clock.now();
    const body = render(toIatiExport(data, iati, now.toISOString()));
    const day = now.toISOString().slice(0, 10);
    const filename = fundId ? `iati-${data.funds[0]!.code}-${day}.xml` : `iati-activities-${day}.xml`;
    return { filename, body };
  }

  return {
    /** Every fund the caller may see, with its projects and phases, as an IATI 2.03 activity file. */
    exportAll: (ctx: RequestContext) => exportFile(ctx),
    /** One fund, with its projects and phases. */
    exportFund: (ctx: RequestContext, fundId: string) => exportFile(ctx, fundId),
  };
}

export type IatiService = ReturnType<typeof createIatiService>;
