import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, problems } from '../../server/schemas';
import { CSV_TYPE, XLSX_TYPE } from '../menu/menu-io.sheets';
import {
  partnerReportFileQuerySchema,
  partnerReportQuerySchema,
  partnerReportSchema,
  programmeReportSchema,
  reportFileQuerySchema,
} from './programmes-report.schemas';
import type { ProgrammeReportService, ReportFormat } from './programmes-report.service';

const tags = ['programmes'];
const formats = ['csv', 'xlsx'] as const;
const mediaTypes: Record<ReportFormat, string> = { csv: `${CSV_TYPE}; charset=utf-8`, xlsx: XLSX_TYPE };

function download(reply: FastifyReply, format: ReportFormat, filename: string, body: string | Buffer) {
  return reply
    .type(mediaTypes[format])
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/** The implementation reports (per programme version, per partner) and their CSV/XLSX files. */
export const programmeReportRoutes: FastifyPluginAsyncZod<{ reports: ProgrammeReportService }> = async (
  app,
  { reports },
) => {
  app.get(
    '/programmes/:id/report',
    {
      config: { access: 'programme.read' },
      schema: {
        tags,
        summary:
          'Implementation report of a version: planned vs nominated vs accepted vs attended, by area and menu year',
        params: idParamsSchema,
        response: { 200: programmeReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (request) => reports.programmeReport(request.ctx, request.params.id),
  );

  app.get(
    '/partners/:id/implementation-report',
    {
      config: { access: 'programme.read' },
      schema: {
        tags,
        summary:
          'Implementation report of a partner over menu years: its programmes in force, and nominations outside them',
        params: idParamsSchema,
        querystring: partnerReportQuerySchema,
        response: { 200: partnerReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (request) => reports.partnerReport(request.ctx, request.params.id, request.query),
  );

  for (const format of formats) {
    app.get(
      `/programmes/:id/report.${format}`,
      {
        config: { access: 'programme.read' },
        schema: {
          tags,
          summary: `A version's implementation report as a ${format.toUpperCase()} file (lang: the headers' language)`,
          params: idParamsSchema,
          querystring: reportFileQuerySchema,
          response: problems(400, 401, 403, 404),
        },
      },
      async (request, reply) => {
        const lang = request.query.lang ?? request.locale;
        const file = await reports.programmeReportFile(request.ctx, request.params.id, format, lang);
        return download(reply, format, file.filename, file.body);
      },
    );

    app.get(
      `/partners/:id/implementation-report.${format}`,
      {
        config: { access: 'programme.read' },
        schema: {
          tags,
          summary: `A partner's implementation report as a ${format.toUpperCase()} file (lang: the headers' language)`,
          params: idParamsSchema,
          querystring: partnerReportFileQuerySchema,
          response: problems(400, 401, 403, 404),
        },
      },
      async (request, reply) => {
        const { lang, ...years } = request.query;
        const file = await reports.partnerReportFile(
          request.ctx,
          request.params.id,
          years,
          format,
          lang ?? request.locale,
        );
        return download(reply, format, file.filename, file.body);
      },
    );
  }
};
