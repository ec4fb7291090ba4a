import { buildRateTable, type PickedRate, pickRate, type RateRow } from '../src/core/money';
import type { TransactionType } from '../src/shared/enums';
import type { prng } from './generate';

/**
 * The trust-fund bench's plan, without the database (trust-funds-generate.ts writes it): the exchange
 * rates (a random walk per currency on every business day, with holidays and a few gaps) and the
 * transactions as compact records sorted by value date, the money a fund sees over 20 years.
 */

export type Rnd = ReturnType<typeof prng>;
export const DAY = 86_400_000;
export const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
export const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const weekday = (day: number) => (day + 4) % 7; // 0 Sunday … 6 Saturday (1970-01-01 was a Thursday)

export const BASE = 'EUR';
export const RATE_SOURCE = 'Bench: generated random walk (not published rates)';
/** The rate policy of the app's default settings: the value date's rate or one at most 7 days older. */
export const MAX_AGE_DAYS = 7;

/** Units per 1 EUR at the start (early 2007) and the daily volatility of the walk. */
const walks: Record<string, [start: number, sigma: number, places: number]> = {
  USD: [1.32, 0.006, 4],
  JPY: [156, 0.007, 2],
  GBP: [0.68, 0.005, 4],
  CHF: [1.62, 0.005, 4],
  NOK: [8.1, 0.006, 4],
  SEK: [9.2, 0.005, 4],
  CAD: [1.5, 0.006, 4],
  PLN: [3.85, 0.006, 4],
};
export const currencies = Object.keys(walks);

function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return Date.UTC(year, Math.floor(n / 31) - 1, (n % 31) + 1) / DAY;
}

/** The TARGET closing days the ECB publishes no rate on: 1 January, Good Friday, Easter Monday, 1 May, 25–26 December. */
function holidays(firstYear: number, lastYear: number): Set<number> {
  const out = new Set<number>();
  for (let y = firstYear; y <= lastYear; y++) {
    const e = easter(y);
    for (const day of [
      Date.UTC(y, 0, 1) / DAY,
      e - 2,
      e + 1,
      Date.UTC(y, 4, 1) / DAY,
      Date.UTC(y, 11, 25) / DAY,
      Date.UTC(y, 11, 26) / DAY,
    ])
      out.add(day);
  }
  return out;
}

export interface RatePlan {
  rows: RateRow[];
  /** Per currency (the base included), the rate the app's policy picks for each day from `firstDay`. */
  picked: Map<string, PickedRate[]>;
  firstDay: number;
  /** Value dates that take an earlier day's rate, out of all days, per currency. */
  fallbackDays: number;
  gaps: number;
}

/**
 * A rate per currency on every business day from `firstDay − 10` to `lastDay`: a mean-reverting random
 * walk of the logarithm, rounded like the ECB's (4 places, JPY 2). No rate on TARGET holidays, and
 * about 0.4 % of the other days missing per currency (a publication gap), but never more than 6 days
 * between two rates, so that every value date finds one within the policy's 7 days.
 */
export function planRates(rnd: Rnd, firstDay: number, lastDay: number): RatePlan {
  const closed = holidays(
    new Date(firstDay * DAY).getUTCFullYear() - 1,
    new Date(lastDay * DAY).getUTCFullYear(),
  );
  const open: number[] = [];
  for (let day = firstDay - 10; day <= lastDay; day++)
    if (weekday(day) % 6 !== 0 && !closed.has(day)) open.push(day);
  const rows: RateRow[] = [];
  let gaps = 0;
  for (const [currency, [start, sigma, places]] of Object.entries(walks)) {
    let log = Math.log(start);
    let kept = open[0]! - 1;
    for (const [i, day] of open.entries()) {
      const normal = Math.sqrt(-2 * Math.log(1 - rnd.next())) * Math.cos(2 * Math.PI * rnd.next());
      log += -0.003 * (log - Math.log(start)) + sigma * normal;
      const next = open[i + 1];
      if (i > 0 && next !== undefined && next - kept <= 6 && rnd.next() < 0.004) {
        gaps++;
        continue;
      }
      kept = day;
      rows.push({ currency, rateDate: isoOf(day), rate: Math.exp(log).toFixed(places), source: RATE_SOURCE });
    }
  }
  const table = buildRateTable(BASE, rows);
  const picked = new Map<string, PickedRate[]>();
  let fallbackDays = 0;
  for (const currency of [BASE, ...currencies]) {
    const list: PickedRate[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      const rate = pickRate(table, currency, isoOf(day), MAX_AGE_DAYS);
      if (rate.rateDate !== isoOf(day)) fallbackDays++;
      list.push(rate);
    }
    picked.set(currency, list);
  }
  return { rows, picked, firstDay, fallbackDays, gaps };
}

// Transactions --------------------------------------------------------------------------------------

export const types: readonly TransactionType[] = [
  'incoming_pledge',
  'incoming_commitment',
  'incoming_funds',
  'disbursement',
  'expenditure',
];
export const [PLEDGE, COMMITMENT, FUNDS, DISBURSEMENT, EXPENDITURE] = [0, 1, 2, 3, 4] as const;

/** The share of each type: most transactions are a project's expenditure; a third of them incoming money. */
export const mix = { pledge: 0.03, commitment: 0.06, funds: 0.21, disbursement: 0.1 };
/** Commitments and receipts that name the pledge they fulfil. */
export const linkedShare = { commitment: 0.85, funds: 0.55 };

/** One transaction to write: indexes into the generator's arrays, the amount in its currency as a float. */
export interface Planned {
  day: number;
  type: number;
  fund: number;
  /** -1: none. */
  project: number;
  /** An index into the organisations (donor or payee); -1: none. */
  party: number;
  currency: string;
  amount: number;
  /** A pledge's own key, or the key of the pledge a commitment or receipt fulfils; -1: none. */
  pledge: number;
  earmark: number;
}

export interface DonorPlan {
  org: number;
  currency: string;
  weight: number;
  funds: number[];
  from: number;
  to: number;
}

export interface PlanInput {
  total: number;
  lastDay: number;
  donors: DonorPlan[];
  funds: { currency: string }[];
  projects: { fund: number; from: number; to: number; agency: number }[];
  payees: number[];
  earmarks: number;
  rates: RatePlan;
}

/** Cumulative weights, for picks by weight in log time. */
export function picker<T>(rnd: Rnd, items: T[], weight: (item: T) => number) {
  const cumulative: number[] = [];
  let sum = 0;
  for (const item of items) {
    sum += weight(item);
    cumulative.push(sum);
  }
  return () => {
    const r = rnd.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  };
}

/** Plans `total` transactions, sorted by value date (a pledge before what fulfils it on the same day). */
export function planTransactions(rnd: Rnd, input: PlanInput): Planned[] {
  const { lastDay, rates, funds, projects } = input;
  const n = (share: number) => Math.round(input.total * share);
  const counts = {
    pledge: n(mix.pledge),
    commitment: n(mix.commitment),
    funds: n(mix.funds),
    disbursement: n(mix.disbursement),
  };
  const expenditure = input.total - counts.pledge - counts.commitment - counts.funds - counts.disbursement;
  const rate = (currency: string, day: number) =>
    Number(rates.picked.get(currency)![day - rates.firstDay]!.rate);
  const lognormal = (median: number, sigma: number, min: number, max: number) => {
    const normal = Math.sqrt(-2 * Math.log(1 - rnd.next())) * Math.cos(2 * Math.PI * rnd.next());
    return Math.min(max, Math.max(min, median * Math.exp(sigma * normal)));
  };
  // Mostly business days: four weekend dates out of five move to the nearest weekday within bounds.
  const drawDay = (lo: number, hi: number) => {
    const day = rnd.int(lo, Math.max(lo, hi));
    const wd = weekday(day);
    if ((wd !== 0 && wd !== 6) || rnd.next() < 0.2) return day;
    const friday = day - (wd === 6 ? 1 : 2);
    const monday = day + (wd === 6 ? 2 : 1);
    return friday >= lo ? friday : monday <= hi ? monday : day;
  };
  const byFund = funds.map((_, f) =>
    projects.flatMap((p, i) => (p.fund === f && p.from <= lastDay ? [i] : [])),
  );
  const projectAt = (fund: number, day: number) => {
    for (let tries = 0; tries < 3; tries++) {
      const list = byFund[fund]!;
      const i = list.length ? rnd.pick(list) : -1;
      if (i >= 0 && projects[i]!.from <= day && day <= projects[i]!.to) return i;
    }
    return -1;
  };
  const donor = picker(rnd, input.donors, (d) => d.weight);
  const out: Planned[] = [];
  const incoming = (type: number, median: number, key: number) => {
    const d = donor();
    const fund = rnd.pick(d.funds);
    const day = drawDay(d.from, d.to);
    const currency = rnd.next() < 0.85 ? d.currency : funds[fund]!.currency;
    const amount = lognormal(median, 1, median / 20, median * 100) * rate(currency, day);
    const earmarked = type === PLEDGE && rnd.next() < 0.3;
    const project = type === PLEDGE && rnd.next() < 0.25 ? projectAt(fund, day) : -1;
    const row = {
      day,
      type,
      fund,
      project,
      party: d.org,
      currency,
      amount,
      pledge: key,
      earmark: earmarked ? rnd.int(0, input.earmarks - 1) : -1,
    };
    out.push(row);
    return row;
  };
  const pledges = Array.from({ length: counts.pledge }, (_, key) => incoming(PLEDGE, 250_000, key));
  for (let i = 0; i < counts.commitment - Math.round(counts.commitment * linkedShare.commitment); i++)
    incoming(COMMITMENT, 120_000, -1);
  for (let i = 0; i < counts.funds - Math.round(counts.funds * linkedShare.funds); i++)
    incoming(FUNDS, 60_000, -1);

  // What fulfils the pledges: commitments soon after, receipts in tranches over up to three years.
  const assign = (count: number) => {
    const per = new Uint32Array(pledges.length);
    if (pledges.length > 0) for (let i = 0; i < count; i++) per[rnd.int(0, pledges.length - 1)]! += 1;
    return per;
  };
  const commitmentsPer = assign(Math.round(counts.commitment * linkedShare.commitment));
  const tranchesPer = assign(Math.round(counts.funds * linkedShare.funds));
  pledges.forEach((p, key) => {
    const linked = (type: number, day: number, amount: number) =>
      out.push({ ...p, type, day, amount, pledge: key });
    for (let c = commitmentsPer[key]!; c > 0; c--)
      linked(
        COMMITMENT,
        drawDay(p.day, p.day + Math.min(180, lastDay - p.day)),
        (p.amount * (0.5 + 0.5 * rnd.next())) / commitmentsPer[key]!,
      );
    const k = tranchesPer[key]!;
    if (k === 0) return;
    const recent = lastDay - p.day < 550;
    const r = rnd.next();
    const paid = recent
      ? 0.8 * rnd.next()
      : r < 0.75
        ? 1
        : r < 0.95
          ? 0.4 + 0.55 * rnd.next()
          : 1 + 0.1 * rnd.next();
    const weights = Array.from({ length: k }, () => 0.2 + rnd.next());
    const sum = weights.reduce((a, b) => a + b, 0);
    const span = Math.min(3 * 365, lastDay - p.day);
    for (const w of weights)
      linked(FUNDS, drawDay(p.day + Math.min(10, span), p.day + span), (p.amount * paid * w) / sum);
  });

  // Money out: the fund pays its projects; projects pay agencies and contractors, mostly in the fund's currency.
  const active = projects.flatMap((p, i) => (p.from <= lastDay ? [i] : []));
  for (let i = 0; i < counts.disbursement + expenditure; i++) {
    const project = rnd.pick(active);
    const p = projects[project]!;
    const day = drawDay(p.from, Math.min(p.to, lastDay));
    const type = i < counts.disbursement ? DISBURSEMENT : EXPENDITURE;
    const fundCurrency = funds[p.fund]!.currency;
    const currency = type === EXPENDITURE && rnd.next() < 0.2 ? rnd.pick(currencies) : fundCurrency;
    const eur = type === DISBURSEMENT ? lognormal(60_000, 0.9, 2_000, 5e6) : lognormal(4_000, 1.1, 50, 1e6);
    const party = type === DISBURSEMENT ? -1 : rnd.next() < 0.7 ? p.agency : rnd.pick(input.payees);
    out.push({
      day,
      type,
      fund: p.fund,
      project,
      party,
      currency,
      amount: eur * rate(currency, day),
      pledge: -1,
      earmark: -1,
    });
  }
  return out.sort((a, b) => a.day - b.day || a.type - b.type);
}
