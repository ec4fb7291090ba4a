import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { problems } from '../../server/schemas';
import type { IatiImportService } from './iati-import.service';

const tags = ['trust funds'];
/** An IATI activity file of a few thousand activities stays well under this. */
export const IATI_FILE_MAX_BYTES = 10 * 1024 * 1024;

const querySchema = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
const tally = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
const summarySchema = z.object({
  dryRun: z.boolean(),
  activities: z.number().int(),
  funds: tally,
  projects: tally,
  phases: tally,
  organisationsCreated: z.number().int(),
  transactions: z.object({ added: z.number().int(), skipped: z.number().int() }),
  warnings: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
});

/** The IATI import of trust funds: the raw XML file is the body. */
export const iatiImportRoutes: FastifyPluginAsyncZod<{ iatiImport: IatiImportService }> = async (
  app,
  { iatiImport },
) => {
  // In this plugin only: the body is the XML file itself.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    ['application/xml', 'text/xml'],
    { parseAs: 'string', bodyLimit: IATI_FILE_MAX_BYTES },
    (_request, body, done) => done(null, { text: body }),
  );
  app.addContentTypeParser('*', (_request, _payload, done) => {
    done(new AppError(415, 'iati_import.unsupported_type'), undefined);
  });
  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      throw new AppError(413, 'iati_import.too_large', { limit: IATI_FILE_MAX_BYTES });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_TYPE')
      throw new AppError(415, 'iati_import.unsupported_type');
    throw error;
  });

  app.post(
    '/trust-funds/iati-imports',
    {
      config: { access: 'trustfund.write' },
      bodyLimit: IATI_FILE_MAX_BYTES,
      schema: {
        tags,
        summary: 'Import an IATI 2.0x activity file (XML): funds, projects, phases, money, budgets, results',
        description:
          'The raw file is the body (`application/xml`). Hierarchy 1 activities are funds, 2 projects, 3 ' +
          'phases (parent from `related-activity type="1"`), matched by identifier and updated, else created. ' +
          'All in one transaction, or 422 `iati_import.invalid` listing every problem by activity and element, ' +
          'and nothing written. A transaction already recorded is not written twice. `dryRun=true` checks ' +
          'everything and writes nothing (200).',
        querystring: querySchema,
        response: {
          200: summarySchema,
          201: summarySchema,
          ...problems(400, 401, 403, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const body = request.body as { text?: string } | undefined;
      const summary = await iatiImport.importFile(request.ctx, {
        text: body?.text ?? '',
        dryRun: request.query.dryRun,
      });
      return reply.code(summary.dryRun ? 200 : 201).send(summary);
    },
  );
};
