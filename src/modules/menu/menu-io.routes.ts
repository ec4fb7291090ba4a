import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { problems } from '../../server/schemas';
import { locales } from '../../shared/enums';
import { menuFilterSchema } from './menu.schemas';
import { templateCsv, templateXlsx } from './menu-export';
import type { MenuIoService } from './menu-io.service';
import { CSV_TYPE, type FileFormat, JSON_TYPE, XLSX_TYPE } from './menu-io.sheets';

/** A year's menu of a big provider is well under a megabyte; ten leaves room for descriptions. */
export const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;

const formatOf: Record<string, FileFormat> = { [CSV_TYPE]: 'csv', [XLSX_TYPE]: 'xlsx', [JSON_TYPE]: 'json' };
const mediaTypes: Record<FileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: XLSX_TYPE,
  json: 'application/json; charset=utf-8',
};

const importQuerySchema = z.strictObject({
  /** A dry run unless told otherwise: forgetting the flag never writes anything. */
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export const importReportSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  activities: z.number().int(),
  iterations: z.number().int(),
  errors: z.array(
    z.object({ row: z.number().int(), column: z.string(), code: z.string(), message: z.string() }),
  ),
  errorCount: z.number().int(),
});

const langQuerySchema = z.strictObject({ lang: z.enum(locales).optional() });
const exportQuerySchema = menuFilterSchema.extend({ lang: z.enum(locales).optional() });

function download(reply: FastifyReply, format: FileFormat, filename: string, body: unknown) {
  return reply
    .type(mediaTypes[format])
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/** Menu import (CSV, XLSX, or the JSON export), its template, and the exports. */
export const menuIoRoutes: FastifyPluginAsyncZod<{ io: MenuIoService }> = async (app, { io }) => {
  // In this plugin only: the import takes the raw file, whatever it is, and reads it itself.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    [CSV_TYPE, XLSX_TYPE, JSON_TYPE],
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
  app.addContentTypeParser('*', (_request, _payload, done) => {
    done(new AppError(415, 'import.unsupported_type'), undefined);
  });
  // The app-wide answers to these speak of JSON and of the app's own 1 MiB limit: say what the import takes.
  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      throw new AppError(413, 'import.too_large', { limit: IMPORT_BODY_LIMIT });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw new AppError(415, 'import.unsupported_type');
    throw error;
  });

  app.post(
    '/menu/imports',
    {
      config: { access: 'menu.write' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['menu'],
        summary: 'Import activities from a CSV or XLSX file (dry run by default)',
        description:
          'The raw file is the body (`text/csv`, or the XLSX media type, or the JSON export). ' +
          '`dryRun=true` checks every row and writes nothing; `dryRun=false` writes all rows in one ' +
          'transaction, or answers 422 `import.invalid` with every problem and writes nothing.',
        querystring: importQuerySchema,
        response: {
          200: importReportSchema,
          201: importReportSchema,
          ...problems(401, 403, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const format = formatOf[type];
      if (!format) throw new AppError(415, 'import.unsupported_type');
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const report = await io.importFile(request.ctx, format, body, request.query.dryRun);
      return reply.code(report.dryRun ? 200 : 201).send(report);
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/menu/import-template.${format}`,
      {
        config: { access: 'menu.write' },
        schema: {
          tags: ['menu'],
          summary: `The import template (${format.toUpperCase()}): the headers and one example row`,
          querystring: langQuerySchema,
          response: problems(400, 401, 403),
        },
      },
      async (request, reply) => {
        const lang = request.query.lang ?? request.locale;
        const body = format === 'csv' ? templateCsv(lang) : await templateXlsx(lang);
        return download(reply, format, `menu-template-${lang}.${format}`, body);
      },
    );
  }

  for (const format of ['csv', 'xlsx', 'json'] as const) {
    app.get(
      `/menu/export.${format}`,
      {
        config: { access: 'menu.read' },
        schema: {
          tags: ['menu'],
          summary: `Export the filtered menu (${format.toUpperCase()}), in the import's columns`,
          querystring: exportQuerySchema,
          response: problems(400, 401),
        },
      },
      async (request, reply) => {
        const { lang, ...filter } = request.query;
        const { filename, body } = await io.exportMenu(request.ctx, filter, format, lang ?? request.locale);
        return download(reply, format, filename, format === 'json' ? JSON.stringify(body) : body);
      },
    );
  }
};
