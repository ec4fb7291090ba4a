import { randomUUID } from 'node:crypto';
import type { Clock } from '../src/core/clock';
import { toBase } from '../src/core/money';
import type { Database } from '../src/db/client';
import { exchangeRates, rateImports, tfTransactions } from '../src/db/schema';
import { minorUnits } from '../src/shared/currencies';
import { generateData, prng } from './generate';
import { dropSecondaryIndexes } from './menu-generate';
import {
  currencies,
  DAY,
  DISBURSEMENT,
  EXPENDITURE,
  FUNDS,
  isoOf,
  PLEDGE,
  planRates,
  planTransactions,
  RATE_SOURCE,
  types,
} from './trust-funds-plan';
import { generateRegister, insertJson } from './trust-funds-register';

/**
 * The trust-fund scenario's data (`--scenario trustfunds`, issue 5): `transactions` transactions over
 * 20 years (the clock's and the 19 before), `donors` donors (member states, and partners with an
 * organisation row of their own, one of them with a liaison's token), 10 funds in EUR or USD,
 * `projects` projects (some of them phases) with budgets and lead nations (trust-funds-register.ts),
 * and a rate table (EUR base, 8 currencies, every business day; trust-funds-plan.ts).
 *
 * Each transaction is what `writeTransaction` (transactions.service.ts) writes: the amount to its
 * currency's places, the rate its value date takes under the app's policy (`pickRate`: that day's or the
 * latest earlier one within 7 days), `amount_base = toBase(amount, rate)`, a pledge written before what
 * fulfils it, no disbursement beyond the fund's balance (the default `refuse` policy). They go in 5,000
 * per statement as one JSON parameter, `tf_transactions`' secondary indexes dropped for the load and
 * rebuilt from their own definitions. Left out: the audit events, which no benchmarked read touches.
 */

export interface TrustFundsOptions {
  transactions: number;
  donors: number;
  projects: number;
  seed?: number;
}

export interface TrustFundsData {
  token: string;
  liaisonToken: string;
  /** The liaison's partner's donor organisation and its currency (its report is read in it). */
  liaison: { donorId: string; currency: string; transactions: number };
  /** The busiest fund, for the one-fund scenario, and its five years. */
  fund: { id: string; code: string };
  period: { from: string; to: string };
  counts: Record<string, number>;
  seconds: Record<string, number>;
}

const earmarks: [string, string][] = [
  ['literacy programmes', 'programmes d’alphabétisation'],
  ['medical supplies', 'fournitures médicales'],
  ['destruction of ammunition', 'destruction de munitions'],
  ['clearance of contaminated land', 'dépollution des terrains contaminés'],
  ['training of local staff', 'formation du personnel local'],
  ['physical security of depots', 'sécurité physique des dépôts'],
];

const textOf = (amount: number, currency: string) => {
  const places = minorUnits(currency);
  return Math.max(amount, 10 ** -places).toFixed(places);
};

export async function generateTrustFundsData(
  db: Database,
  clock: Clock,
  options: TrustFundsOptions,
): Promise<TrustFundsData> {
  const seconds: Record<string, number> = {};
  let lap = performance.now();
  const took = (part: string) => {
    const now = performance.now();
    seconds[part] = Math.round((now - lap) / 100) / 10;
    lap = now;
  };
  const rnd = prng(options.seed ?? 20_070_101);
  const now = clock.now();
  const lastDay = Math.floor(now.getTime() / DAY);
  const lastYear = now.getUTCFullYear();
  const firstDay = Date.UTC(lastYear - 19, 0, 1) / DAY;
  const base = await generateData(db, clock, {
    partners: Math.max(120, options.donors + 80),
    auditPerPartner: 2,
  });
  took('base');
  const register = await generateRegister(db, rnd, { now, firstDay, lastDay, ...options });
  const { funds, projects, orgIds, liaison } = register;
  took('register');

  const rates = planRates(rnd, firstDay, lastDay);
  const [imported] = await db
    .insert(rateImports)
    .values({
      fileName: 'bench-rates.csv',
      source: RATE_SOURCE,
      rows: rates.rows.length,
      currencies,
      firstDate: rates.rows[0]!.rateDate,
      lastDate: isoOf(lastDay),
      importedBy: register.managerId,
      importedAt: now,
    })
    .returning({ id: rateImports.id });
  await insertJson(
    db,
    exchangeRates,
    rates.rows.map((r) => ({ ...r, importId: imported!.id })),
  );
  took('rates');

  const plan = planTransactions(rnd, {
    total: options.transactions,
    lastDay,
    ...register,
    earmarks: earmarks.length,
    rates,
  });
  took('plan');

  // Written in value-date order as the app would have: pledges first, each disbursement within the fund's balance.
  const restoreIndexes = await dropSecondaryIndexes(db, ['tf_transactions']);
  const balance = new Float64Array(funds.length);
  const pledgeIds: string[] = [];
  const tally: Record<string, number> = {
    fallbackRates: 0,
    disbursementsOverBalanceAsExpenditure: 0,
    liaisonTransactions: 0,
    pledgeLinks: 0,
  };
  const perFund = new Uint32Array(funds.length);
  let jsMs = 0;
  for (let start = 0; start < plan.length; start += 5000) {
    const began = performance.now();
    const rows = plan.slice(start, start + 5000).map((t, n) => {
      const picked = rates.picked.get(t.currency)![t.day - rates.firstDay]!;
      if (t.type === DISBURSEMENT) {
        const wanted = t.amount / Number(picked.rate);
        const room = balance[t.fund]! * (0.05 + 0.4 * rnd.next());
        if (wanted > balance[t.fund]! * 0.5) {
          if (room < 100) {
            t.type = EXPENDITURE;
            t.party = projects[t.project]!.agency;
            tally.disbursementsOverBalanceAsExpenditure! += 1;
          } else t.amount = room * Number(picked.rate);
        }
      }
      const valueDate = isoOf(t.day);
      const amount = textOf(t.amount, t.currency);
      const amountBase = toBase(amount, picked.rate).toFixed();
      if (t.type === FUNDS) balance[t.fund]! += Number(amountBase);
      if (t.type === DISBURSEMENT) balance[t.fund]! -= Number(amountBase);
      const id = randomUUID();
      if (t.type === PLEDGE) pledgeIds[t.pledge] = id;
      if (t.type !== PLEDGE && t.pledge >= 0) tally.pledgeLinks! += 1;
      if (picked.rateDate !== valueDate) tally.fallbackRates! += 1;
      if (t.party === liaison.donor.org) tally.liaisonTransactions! += 1;
      perFund[t.fund]! += 1;
      tally[types[t.type]!] = (tally[types[t.type]!] ?? 0) + 1;
      const created = new Date(
        Math.min(now.getTime(), t.day * DAY + rnd.int(8, 18) * 3_600_000 + rnd.int(0, 3) * DAY),
      );
      const earmark = earmarks[t.earmark];
      return {
        id,
        fundId: funds[t.fund]!.id,
        projectId: t.project >= 0 ? projects[t.project]!.id : null,
        type: types[t.type]!,
        partyId: t.party >= 0 ? orgIds[t.party]! : null,
        amount,
        currency: t.currency,
        valueDate,
        rate: picked.rate,
        rateDate: picked.rateDate,
        rateSource: picked.source,
        amountBase,
        pledgeId: t.type !== PLEDGE && t.pledge >= 0 ? pledgeIds[t.pledge]! : null,
        earmarkEn: earmark?.[0] ?? '',
        earmarkFr: earmark?.[1] ?? '',
        reference: `${['PL', 'CM', 'RC', 'DB', 'EX'][t.type]}-${valueDate.slice(0, 4)}-${String(start + n + 1).padStart(7, '0')}`,
        overBalance: false,
        version: 1,
        createdBy: register.managerId,
        createdAt: created,
        updatedAt: created,
      };
    });
    jsMs += performance.now() - began;
    await insertJson(db, tfTransactions, rows);
  }
  seconds['transactions (of which JS)'] = Math.round(jsMs / 100) / 10;
  took('transactions');
  await restoreIndexes();
  took('indexes');

  const busiest = perFund.indexOf(Math.max(...perFund));
  return {
    token: base.token,
    liaisonToken: liaison.token,
    liaison: {
      donorId: orgIds[liaison.donor.org]!,
      currency: liaison.donor.currency,
      transactions: tally.liaisonTransactions!,
    },
    fund: { id: funds[busiest]!.id, code: funds[busiest]!.code },
    period: { from: `${lastYear - 5}-01-01`, to: `${lastYear - 1}-12-31` },
    seconds,
    counts: {
      ...base.counts,
      ...register.counts,
      transactions: plan.length,
      ...tally,
      exchangeRates: rates.rows.length,
      rateGaps: rates.gaps,
      busiestFundTransactions: perFund[busiest]!,
    },
  };
}
