import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { problems } from '../../server/schemas';
import { CSV_TYPE, XLSX_TYPE } from '../menu/menu-io.sheets';
import type { ReportKind } from './tf-reports.export';
import {
  balancesReportSchema,
  contributionsReportSchema,
  reportFileQuerySchema,
  reportQuerySchema,
  resultsReportSchema,
  spendingReportSchema,
} from './tf-reports.schemas';
import type { ReportFormat, TrustFundReportService } from './tf-reports.service';

const tags = ['trust-fund reports'];
const formats = ['csv', 'xlsx'] as const;
const mediaTypes: Record<ReportFormat, string> = { csv: `${CSV_TYPE}; charset=utf-8`, xlsx: XLSX_TYPE };

const filters =
  'Filters: `fund`, `project` (with its phases), `donor` (an organisation id), `country` (beneficiary, ISO 3166), ' +
  '`from`/`to` (value dates, both included).';
const conversion =
  ' `currency`: the reporting currency (ISO 4217), default the base currency. Each amount is `amount_base × rate` at ' +
  'its value date (that day’s rate, else the latest earlier one within the configured days, else 422 `rate.missing` ' +
  'naming the currency and the date); sums are exact, rounded half to even to the currency’s minor units at the end. ' +
  '`rates` says which rates were used.';
const mixed = ' A partner liaison is refused (403): the report adds up every donor’s money.';

const reports: Record<
  ReportKind,
  { summary: string; description: string; schema: z.ZodType; moneyProblems: number[] }
> = {
  contributions: {
    summary: 'Contributions by donor and year: pledged, committed, received, outstanding',
    description:
      `${filters}${conversion} Pledges never count as money received. Outstanding: per pledge, the pledge less the ` +
      'payments (incoming funds) linked to it dated up to the report’s end, never below zero; unlinked payments count as received ' +
      'but fulfil no pledge. A partner liaison sees its own partner’s contributions only.',
    schema: contributionsReportSchema,
    moneyProblems: [422],
  },
  balances: {
    summary: 'Fund balances: received − disbursed, in each fund’s currency and the reporting currency',
    description: `${filters}${conversion}${mixed}`,
    schema: balancesReportSchema,
    moneyProblems: [422],
  },
  spending: {
    summary:
      'Project spending against budget: budget (revised, else original, per period), disbursed, spent, remaining',
    description: `${filters}${conversion}${mixed}`,
    schema: spendingReportSchema,
    moneyProblems: [422],
  },
  results: {
    summary: 'Results progress: each indicator’s baseline, targets and actuals by period, progress share',
    description: `${filters} A partner liaison sees the projects released to its partner.`,
    schema: resultsReportSchema,
    moneyProblems: [],
  },
};

function download(reply: FastifyReply, format: ReportFormat, filename: string, body: string | Buffer) {
  // File names are built from report names, ISO dates, a currency code and a language: nothing to escape.
  return reply
    .type(mediaTypes[format])
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/** The trust-fund reports and their CSV/XLSX files, under `/trust-fund-reports/…`. */
export const trustFundReportRoutes: FastifyPluginAsyncZod<{ reports: TrustFundReportService }> = async (
  app,
  { reports: service },
) => {
  for (const kind of Object.keys(reports) as ReportKind[]) {
    const spec = reports[kind];
    app.get(
      `/trust-fund-reports/${kind}`,
      {
        config: { access: 'trustfund.read' },
        schema: {
          tags,
          summary: spec.summary,
          description: spec.description,
          querystring: reportQuerySchema,
          response: { 200: spec.schema, ...problems(400, 401, 403, ...spec.moneyProblems) },
        },
      },
      (request) => service[kind](request.ctx, request.query),
    );

    for (const format of formats) {
      app.get(
        `/trust-fund-reports/${kind}.${format}`,
        {
          config: { access: 'trustfund.read' },
          schema: {
            tags,
            summary: `${spec.summary}, as a ${format.toUpperCase()} file (lang: the headers’ and notes’ language)`,
            querystring: reportFileQuerySchema,
            response: problems(400, 401, 403, ...spec.moneyProblems),
          },
        },
        async (request, reply) => {
          const { lang, ...query } = request.query;
          const file = await service.file(request.ctx, kind, query, format, lang ?? request.locale);
          return download(reply, format, file.filename, file.body);
        },
      );
    }
  }
};
