import Decimal from 'decimal.js';
import type { Bilingual } from '../../core/bilingual';
import { AppError, conflict } from '../../core/errors';
import type { ProjectStatus } from '../../shared/enums';
import { isIso3166Alpha2 } from '../../shared/iso3166';
import { recordAudit } from '../audit/audit.service';
import * as fq from './funds.queries';
import type { ImportActivity } from './iati-import';
import * as q from './iati-import.queries';
import type { ImportRun } from './iati-import.service';
import * as pq from './projects.queries';
import { createProject, loadProject, updateProject } from './projects.service';
import { assertCurrency } from './tf-money';
import type { ProjectBody } from './trust-funds.schemas';

/** The funds (hierarchy 1) and projects or phases (2, 3) of an IATI import, created or brought up to date. */

const all = { records: { kind: 'all' }, donorPartnerId: null } as const;
const missing = (what: string) => new AppError(422, 'iati_import.missing', { what });
const clip = (text: Bilingual, max: number): Bilingual => ({
  en: text.en.slice(0, max),
  fr: text.fr.slice(0, max),
});
const same = (a: Bilingual, b: Bilingual) => a.en === b.en && a.fr === b.fr;
const CODE = /^[A-Za-z0-9][A-Za-z0-9.\-_]*$/;

/** A project placed by this file, or recorded before under the export's identifier. */
export async function placedProject(run: ImportRun, identifier: string) {
  const placed = run.placed.projects.get(identifier);
  if (placed) return placed;
  const row = await q.projectByIdentifier(run.tx, run.iati.publisherRef, identifier);
  if (!row) return undefined;
  return { ...row, fundIdentifier: `${run.iati.publisherRef}-${row.fundCode}` };
}

/** The record's code: the identifier without its parent's prefix, or the whole of a foreign one. */
export function codeOf(identifier: string, prefix: string): string {
  const code = identifier.toLowerCase().startsWith(`${prefix.toLowerCase()}-`)
    ? identifier.slice(prefix.length + 1)
    : identifier;
  if (code.length > 40 || !CODE.test(code))
    throw new AppError(422, 'iati_import.bad_identifier', { identifier });
  return code;
}

export const sameAmount = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && isSameDecimal(a, b));

export const statusOf = (code: string | undefined, current?: ProjectStatus): ProjectStatus => {
  const byCode: Record<string, ProjectStatus> = {
    '1': 'proposed',
    '2': 'in_implementation',
    '3': 'completed',
    '4': 'closed',
    '5': 'closed',
    '6': 'in_implementation',
  };
  if (!code) return current ?? 'proposed';
  const status = byCode[code];
  if (!status) throw new AppError(422, 'iati_import.bad_status', { value: code });
  // "Approved" is pipeline too (code 1): a record already approved stays so.
  return status === 'proposed' && current === 'approved' ? 'approved' : status;
};

/** A fund: matched by code, updated when the file says something else, or created. */
export async function writeFundActivity(run: ImportRun, a: ImportActivity) {
  const { tx, ctx, clock } = run;
  const code = codeOf(a.identifier, run.iati.publisherRef);
  if (!a.defaultCurrency) throw missing('@default-currency');
  assertCurrency(a.defaultCurrency, 'currency', ctx.actor.locale);
  if (!a.title.en && !a.title.fr) throw missing('title/narrative');
  // The export writes the title as the description when there is none: that is no description.
  const description = same(a.description, a.title) ? { en: '', fr: '' } : clip(a.description, 8000);
  // The publisher stands in as accountable when nobody else is recorded: it does not manage the fund.
  const managerOrg = a.orgs.find(
    (o) => o.role === '2' && o.ref?.toLowerCase() !== run.iati.publisherRef.toLowerCase(),
  );
  const managerOrgId = managerOrg ? ((await run.organisation(managerOrg)) ?? null) : undefined;
  const beneficiaryPartnerId = a.recipientCountry
    ? await q.countryPartner(tx, a.recipientCountry)
    : undefined;
  const values = {
    code,
    nameEn: a.title.en.slice(0, 300),
    nameFr: a.title.fr.slice(0, 300),
    descriptionEn: description.en,
    descriptionFr: description.fr,
    currency: a.defaultCurrency,
    status: a.status === '4' || a.status === '5' ? 'closed' : 'open',
  };
  const existing = await q.fundByCode(tx, code);
  if (!existing) {
    const now = clock.now();
    const id = await fq.insertFund(tx, {
      ...values,
      beneficiaryPartnerId: beneficiaryPartnerId ?? null,
      managerOrgId: managerOrgId ?? null,
      releasability: 'internal',
      releasableTo: [],
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, clock, {
      action: 'trust_fund.create',
      entityType: 'trust_fund',
      entityId: id,
      after: values,
    });
    run.summary.funds.created += 1;
    run.placed.funds.set(a.identifier, { id, currency: values.currency });
    return;
  }
  // What the file does not say (no country, no manager) stays as it was.
  const next = {
    ...values,
    code: existing.code,
    beneficiaryPartnerId:
      beneficiaryPartnerId === undefined ? existing.beneficiaryPartnerId : beneficiaryPartnerId,
    managerOrgId: managerOrgId === undefined ? existing.managerOrgId : managerOrgId,
  };
  const { id, version, ...before } = existing;
  const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== before[k]);
  if (changed) {
    if (next.currency !== existing.currency && (await fq.fundHasMoney(tx, id)))
      throw conflict('trust_fund.currency_locked', { currency: existing.currency });
    await fq.updateFund(tx, id, { ...next, version: version + 1, updatedAt: clock.now() });
    await recordAudit(tx, ctx, clock, {
      action: 'trust_fund.update',
      entityType: 'trust_fund',
      entityId: id,
      before,
      after: next,
    });
  }
  run.summary.funds[changed ? 'updated' : 'unchanged'] += 1;
  run.placed.funds.set(a.identifier, { id, currency: next.currency });
}

/** The fund (or project) an activity of hierarchy 2 (or 3) belongs to, from the file or the database. */
async function parentOf(run: ImportRun, a: ImportActivity) {
  if (!a.parent) throw missing('related-activity[@type=1]');
  const unknown = () => new AppError(422, 'iati_import.unknown_activity', { identifier: a.parent! });
  if (a.hierarchy === 2) {
    const placed = run.placed.funds.get(a.parent);
    if (placed) return { fundId: placed.id, parentId: null, fundIdentifier: a.parent };
    let code: string;
    try {
      code = codeOf(a.parent, run.iati.publisherRef);
    } catch {
      throw unknown();
    }
    const row = await q.fundByCode(run.tx, code);
    if (!row) throw unknown();
    return { fundId: row.id, parentId: null, fundIdentifier: a.parent };
  }
  const project = await placedProject(run, a.parent);
  if (!project || project.parentId) throw unknown();
  return { fundId: project.fundId, parentId: project.id, fundIdentifier: project.fundIdentifier };
}

/** A project or a phase: matched by fund and code, replaced when the file says something else, or created. */
export async function writeProjectActivity(run: ImportRun, a: ImportActivity) {
  const { tx, ctx, clock } = run;
  const parent = await parentOf(run, a);
  const code = codeOf(a.identifier, parent.fundIdentifier);
  if (!a.title.en && !a.title.fr) throw missing('title/narrative');
  if (!a.recipientCountry) throw missing('recipient-country');
  if (!isIso3166Alpha2(a.recipientCountry))
    throw new AppError(422, 'iati_import.bad_code', { value: a.recipientCountry });
  const agency = a.orgs.find((o) => o.role === '4');
  const executingAgencyId = agency ? ((await run.organisation(agency)) ?? null) : null;
  const leadNationIds: string[] = [];
  for (const lead of a.orgs.filter((o) => o.role === '3')) {
    const id = await run.organisation(lead);
    if (id && !leadNationIds.includes(id)) leadNationIds.push(id);
  }
  const existingId = await q.projectByCode(tx, parent.fundId, code);
  const before = existingId ? await loadProject(tx, all, existingId) : undefined;
  const body: ProjectBody = {
    fundId: parent.fundId,
    parentId: parent.parentId,
    code: before?.code ?? code,
    title: clip(a.title, 500),
    objectives: clip(a.objectives, 8000),
    beneficiaryCountry: a.recipientCountry,
    executingAgencyId,
    leadNationIds,
    status: statusOf(a.status, before?.status),
    startsOn: a.dates.actualStart ?? a.dates.plannedStart ?? null,
    endsOn: a.dates.actualEnd ?? a.dates.plannedEnd ?? null,
    budgets: a.budgets.map(({ path: _p, ...b }) => b),
    indicators: a.indicators.map((i) => ({ ...i, title: clip(i.title, 500), unit: i.unit as never })),
    releasability: before?.releasability ?? 'internal',
    releasableTo: before?.releasableTo ?? [],
  };
  const tally = a.hierarchy === 3 ? run.summary.phases : run.summary.projects;
  const place = (id: string) =>
    run.placed.projects.set(a.identifier, {
      id,
      fundId: parent.fundId,
      fundIdentifier: parent.fundIdentifier,
      parentId: parent.parentId,
    });
  if (!before) {
    place((await createProject(tx, ctx, clock, body)).id);
    tally.created += 1;
    return;
  }
  place(before.id);
  if (sameProject(body, before)) {
    tally.unchanged += 1;
    return;
  }
  const { version } = (await pq.lockProject(tx, before.id))!;
  await updateProject(tx, ctx, clock, before.id, version, body);
  tally.updated += 1;
}

/** Whether the file says nothing new about a recorded project (amounts compared as numbers). */
function sameProject(body: ProjectBody, p: Awaited<ReturnType<typeof loadProject>>): boolean {
  const scalars =
    same(body.title, p.title) &&
    same(body.objectives, p.objectives) &&
    body.parentId === (p.parent?.id ?? null) &&
    body.beneficiaryCountry === p.beneficiaryCountry &&
    body.executingAgencyId === (p.executingAgency?.id ?? null) &&
    body.status === p.status &&
    body.startsOn === p.startsOn &&
    body.endsOn === p.endsOn &&
    body.leadNationIds.join() === p.leadNations.map((l) => l.id).join();
  if (!scalars || body.budgets.length !== p.budgets.length || body.indicators.length !== p.indicators.length)
    return false;
  const budgetsSame = body.budgets.every((b, i) => {
    const o = p.budgets[i]!;
    return (
      b.kind === o.kind &&
      b.periodStart === o.periodStart &&
      b.periodEnd === o.periodEnd &&
      b.currency === o.currency &&
      b.valueDate === o.valueDate &&
      isSameDecimal(b.amount, o.amount)
    );
  });
  return (
    budgetsSame &&
    body.indicators.every((i, n) => {
      const o = p.indicators[n]!;
      return (
        i.resultType === o.resultType &&
        same(i.title, o.title) &&
        i.unit === o.unit &&
        i.ascending === o.ascending &&
        sameAmount(i.baselineValue, o.baselineValue) &&
        i.baselineYear === o.baselineYear &&
        i.periods.length === o.periods.length &&
        i.periods.every((period, k) => {
          const op = o.periods[k]!;
          return (
            period.periodStart === op.periodStart &&
            period.periodEnd === op.periodEnd &&
            sameAmount(period.target, op.target) &&
            sameAmount(period.actual, op.actual)
          );
        })
      );
    })
  );
}

const isSameDecimal = (a: string, b: string) => {
  try {
    return new Decimal(a).equals(b);
  } catch {
    return false;
  }
};
