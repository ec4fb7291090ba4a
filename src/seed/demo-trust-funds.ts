import { sql } from 'drizzle-orm';
import type { Clock } from '../core/clock';
import type { RequestContext } from '../core/context';
import { type Executor, selectRows } from '../db/client';
import { exchangeRates, rateImports } from '../db/schema';
import { insertFund } from '../modules/trust-funds/funds.queries';
import { createOrganisation } from '../modules/trust-funds/funds.service';
import { createProject } from '../modules/trust-funds/projects.service';
import type { MoneySettings } from '../modules/trust-funds/tf-money';
import { writeTransaction } from '../modules/trust-funds/transactions.service';
import type { TransactionBody } from '../modules/trust-funds/trust-funds.schemas';
import { demoTransactions } from './demo-trust-fund-money';
import { demoProjects } from './demo-trust-fund-projects';
import { demoFunds, demoOrganisations } from './demo-trust-funds-data';

/**
 * Approximate yearly averages of the ECB's reference rates (units per 1 EUR): the demo's rate table is
 * drawn from them, one rate every working day from 2006, moving straight from one mid-year to the next.
 * They are not the ECB's published rates, and the table's source says so: import the real file
 * (eurofxref-hist.csv) to replace them.
 */
const yearly: Record<string, number[]> = {
  // 2006 … 2026
  USD: [
    1.26, 1.37, 1.47, 1.39, 1.33, 1.39, 1.29, 1.33, 1.33, 1.11, 1.11, 1.13, 1.18, 1.12, 1.14, 1.18, 1.05,
    1.08, 1.08, 1.1, 1.15,
  ],
  JPY: [
    146, 161, 152, 130, 116, 111, 103, 130, 140, 134, 120, 127, 130, 122, 122, 130, 138, 152, 163, 162, 170,
  ],
  GBP: [
    0.68, 0.68, 0.8, 0.89, 0.86, 0.87, 0.81, 0.85, 0.81, 0.73, 0.82, 0.88, 0.88, 0.88, 0.89, 0.86, 0.85, 0.87,
    0.85, 0.85, 0.87,
  ],
  NOK: [
    8.05, 8.02, 8.22, 8.73, 8.0, 7.79, 7.47, 7.81, 8.35, 8.95, 9.29, 9.33, 9.6, 9.85, 10.72, 10.16, 10.1,
    11.42, 11.63, 11.7, 11.6,
  ],
  CHF: [
    1.57, 1.64, 1.59, 1.51, 1.38, 1.23, 1.21, 1.23, 1.21, 1.07, 1.09, 1.11, 1.16, 1.11, 1.07, 1.08, 1.0, 0.97,
    0.95, 0.94, 0.93,
  ],
  CAD: [
    1.42, 1.47, 1.56, 1.58, 1.37, 1.38, 1.28, 1.37, 1.47, 1.42, 1.47, 1.46, 1.53, 1.49, 1.53, 1.48, 1.37,
    1.46, 1.48, 1.55, 1.6,
  ],
};
const FIRST_YEAR = 2006;
export const DEMO_RATE_SOURCE = 'Demo: approximate ECB reference rates';

const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One rate per currency every working day (Monday to Friday) from 2 January 2006 to the week after `until`. */
export function demoRates(until: Date, base: string) {
  const rows: { currency: string; rateDate: string; rate: string; source: string }[] = [];
  const end = until.getTime() + 7 * day;
  for (let t = Date.UTC(2006, 0, 2); t <= end; t += day) {
    const date = new Date(t);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const year = date.getUTCFullYear();
    // Position in years from the middle of the first year, for the straight line between mid-years.
    const position = year - FIRST_YEAR + (t - Date.UTC(year, 0, 1)) / (365.25 * day) - 0.5;
    for (const [currency, values] of Object.entries(yearly)) {
      if (currency === base) continue;
      const i = Math.max(0, Math.min(values.length - 1, Math.floor(position)));
      const next = values[Math.min(values.length - 1, i + 1)]!;
      const share = Math.max(0, Math.min(1, position - i));
      const value = values[i]! + (next - values[i]!) * share;
      rows.push({
        currency,
        rateDate: iso(t),
        rate: value.toFixed(currency === 'JPY' ? 2 : 4),
        source: DEMO_RATE_SOURCE,
      });
    }
  }
  return rows;
}

/**
 * Loads the demo's organisations, funds, projects (with budgets, lead nations, results), rates and
 * transactions, through the same functions the API uses (conversion, pledge links, balance checks).
 */
export async function seedDemoTrustFunds(
  tx: Executor,
  ctx: RequestContext,
  clock: Clock,
  money: MoneySettings,
) {
  const rates = demoRates(clock.now(), money.baseCurrency);
  const [imported] = await tx
    .insert(rateImports)
    .values({
      fileName: 'demo-rates.csv',
      source: DEMO_RATE_SOURCE,
      rows: rates.length,
      currencies: Object.keys(yearly).filter((c) => c !== money.baseCurrency),
      firstDate: rates[0]!.rateDate,
      lastDate: rates[rates.length - 1]!.rateDate,
      importedAt: clock.now(),
    })
    .returning({ id: rateImports.id });
  for (let start = 0; start < rates.length; start += 5000)
    await tx
      .insert(exchangeRates)
      .values(rates.slice(start, start + 5000).map((r) => ({ ...r, importId: imported!.id })));

  const partners = new Map(
    (
      await selectRows<{ id: string; iso: string }>(
        tx,
        sql`select id, iso_code as iso from partners where iso_code is not null`,
      )
    ).map((p) => [p.iso, p.id]),
  );
  const orgs = new Map<string, string>();
  for (const o of demoOrganisations) {
    const partnerId = o.kind === 'partner' ? (partners.get(o.iso!) ?? null) : null;
    if (o.kind === 'partner' && !partnerId) continue;
    const created = await createOrganisation(tx, ctx, clock, {
      kind: o.kind,
      partnerId,
      isoCode: o.kind === 'member_state' ? (o.iso ?? null) : null,
      name: o.name ?? { en: '', fr: '' },
      iatiRef: o.iatiRef ?? null,
      iatiType: o.iatiType ?? null,
    });
    orgs.set(o.key, created.id);
  }

  const funds = new Map<string, string>();
  for (const f of demoFunds) {
    const now = clock.now();
    const id = await insertFund(tx, {
      code: f.code,
      nameEn: f.name.en,
      nameFr: f.name.fr,
      descriptionEn: f.description.en,
      descriptionFr: f.description.fr,
      currency: f.currency,
      beneficiaryPartnerId: f.beneficiary ? (partners.get(f.beneficiary) ?? null) : null,
      managerOrgId: orgs.get(f.manager) ?? null,
      releasability: 'public',
      createdAt: now,
      updatedAt: now,
    });
    funds.set(f.key, id);
  }

  const projects = new Map<string, string>();
  for (const p of demoProjects) {
    const project = await createProject(tx, ctx, clock, {
      fundId: funds.get(p.fund)!,
      parentId: p.parent ? projects.get(p.parent)! : null,
      code: p.code,
      title: p.title,
      objectives: p.objectives,
      beneficiaryCountry: p.country,
      executingAgencyId: orgs.get(p.agency) ?? null,
      leadNationIds: p.leads.map((key) => orgs.get(key)!),
      status: p.status,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      budgets: p.budgets.map((b) => ({
        kind: b.kind,
        periodStart: b.start,
        periodEnd: b.end,
        amount: b.amount,
        currency: b.currency,
        valueDate: b.valueDate,
      })),
      indicators: p.indicators.map((i) => ({
        resultType: i.resultType,
        title: i.title,
        unit: i.unit,
        ascending: true,
        baselineValue: i.baseline,
        baselineYear: i.baselineYear,
        periods: i.periods.map((period) => ({
          periodStart: period.start,
          periodEnd: period.end,
          target: period.target,
          actual: period.actual,
        })),
      })),
      releasability: 'public',
      releasableTo: [],
    });
    projects.set(p.key, project.id);
  }

  const pledges = new Map<string, string>();
  for (const t of demoTransactions) {
    const body: TransactionBody = {
      fundId: funds.get(t.fund)!,
      projectId: t.project ? projects.get(t.project)! : null,
      type: t.type,
      partyId: t.donor ? orgs.get(t.donor)! : null,
      amount: t.amount,
      currency: t.currency,
      valueDate: t.date,
      pledgeId: t.pledge ? pledges.get(t.pledge)! : null,
      earmark: t.earmark ?? { en: '', fr: '' },
      reference: t.reference,
    };
    const id = await writeTransaction(tx, ctx, clock, money, body);
    if (t.pledgeKey) pledges.set(t.pledgeKey, id);
  }
  return { funds, projects, organisations: orgs };
}
