import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { problems } from '../../server/schemas';
import type { RateService } from './rates.service';

const tags = ['exchange rates'];
/** A rate file: the ECB's whole history (1999 on, about 40 currencies) is about 7 MB. */
export const RATE_FILE_MAX_BYTES = 16 * 1024 * 1024;

const isoDate = z.iso.date({ message: 'date.invalid' });
const rateListQuerySchema = z.strictObject({
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
const importQuerySchema = z.strictObject({
  source: z.string().trim().min(1).max(100).default('ECB'),
  fileName: z.string().trim().min(1).max(255).default('rates.csv'),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
const rateSchema = z.object({
  currency: z.string(),
  rateDate: z.string(),
  rate: z.string(),
  source: z.string(),
});
const importSummarySchema = z.object({
  id: z.uuid().nullable(),
  fileName: z.string(),
  source: z.string(),
  rows: z.number().int(),
  currencies: z.array(z.string()),
  firstDate: z.string(),
  lastDate: z.string(),
  dryRun: z.boolean(),
});

/** The dated exchange-rate table: read it, import a file into it, see past imports. */
export const rateRoutes: FastifyPluginAsyncZod<{ rates: RateService }> = async (app, { rates }) => {
  // In this plugin only: the import's body is the CSV file itself.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: RATE_FILE_MAX_BYTES },
    (_request, body, done) => done(null, { text: body }),
  );
  app.addContentTypeParser('*', (_request, _payload, done) => {
    done(new AppError(415, 'rates.unsupported_type'), undefined);
  });
  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      throw new AppError(413, 'rates.too_large', { limit: RATE_FILE_MAX_BYTES });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_TYPE')
      throw new AppError(415, 'rates.unsupported_type');
    throw error;
  });

  app.get(
    '/exchange-rates',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'Rates (units of the currency per 1 unit of the base), newest first',
        querystring: rateListQuerySchema,
        response: {
          200: z.object({ baseCurrency: z.string(), items: z.array(rateSchema) }),
          ...problems(400, 401, 403),
        },
      },
    },
    (request) => rates.list(request.ctx, request.query),
  );

  app.get(
    '/exchange-rates/imports',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'The rate files imported, newest first',
        response: {
          200: z.object({
            items: z.array(
              importSummarySchema
                .omit({ dryRun: true })
                .extend({ id: z.uuid(), importedAt: z.string(), importedBy: z.string().nullable() }),
            ),
          }),
          ...problems(401, 403),
        },
      },
    },
    (request) => rates.imports(request.ctx),
  );

  app.post(
    '/exchange-rates/imports',
    {
      config: { access: 'trustfund.write' },
      bodyLimit: RATE_FILE_MAX_BYTES,
      schema: {
        tags,
        summary: 'Import a rate file (CSV: `currency,date,rate[,source]`, or the ECB’s `Date,USD,JPY,…`)',
        description:
          'The raw file is the body (`text/csv`). All rows in one transaction, or 422 `rates.invalid` ' +
          'listing every problem by line, and nothing imported. A rate already held for a day is replaced.',
        querystring: importQuerySchema,
        response: {
          200: importSummarySchema,
          201: importSummarySchema,
          ...problems(400, 401, 403, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const body = request.body as { text?: string } | undefined;
      const summary = await rates.importFile(request.ctx, {
        text: body?.text ?? '',
        fileName: request.query.fileName,
        source: request.query.source,
        dryRun: request.query.dryRun,
      });
      return reply.code(summary.dryRun ? 200 : 201).send(summary);
    },
  );
};
