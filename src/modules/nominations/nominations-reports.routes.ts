import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../core/errors';
import { contentDisposition } from '../../core/http';
import { idParamsSchema, problems } from '../../server/schemas';
import { reportParamsSchema, reportQuerySchema, reportSchema } from './nominations.schemas';
import type { NominationService } from './nominations.service';
import { REPORT_MAX_BYTES, reportTypes, type UploadedFile } from './nominations-records';

const tags = ['nominations'];

/** Feedback reports: the raw file is the request body (PDF, DOCX, ODT or plain text, up to 5 MiB). */
export const nominationReportRoutes: FastifyPluginAsyncZod<{ nominations: NominationService }> = async (
  app,
  { nominations },
) => {
  // In this plugin only: the body is a file of one of the report types, kept as it came.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    Object.keys(reportTypes),
    { parseAs: 'buffer', bodyLimit: REPORT_MAX_BYTES },
    (request, body, done) => {
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      // Not enumerable: the input guard walks enumerable properties and has no business in a file.
      const file = Object.defineProperty({ contentType }, 'content', { value: body, enumerable: false });
      done(null, file);
    },
  );
  app.addContentTypeParser('*', (_request, _payload, done) => {
    done(new AppError(415, 'report.unsupported_type'), undefined);
  });
  // The app-wide answers speak of JSON and of the app's own 1 MiB limit: say what a report may be.
  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      throw new AppError(413, 'report.too_large', { limit: REPORT_MAX_BYTES });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_TYPE')
      throw new AppError(415, 'report.unsupported_type');
    throw error;
  });

  app.post(
    '/nominations/:id/reports',
    {
      config: { access: 'nomination.decide' },
      bodyLimit: REPORT_MAX_BYTES,
      schema: {
        tags,
        summary:
          'Attach a participant’s feedback report to an accepted nomination, once the iteration has begun',
        description:
          'The raw file is the body: `application/pdf`, DOCX ' +
          '(`application/vnd.openxmlformats-officedocument.wordprocessingml.document`), ODT ' +
          '(`application/vnd.oasis.opendocument.text`) or `text/plain` (UTF-8), at most 5 MiB (413 beyond, ' +
          '415 for another type or a content that is not of the type said). `fileName` names the download.',
        params: idParamsSchema,
        querystring: reportQuerySchema,
        response: { 201: reportSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const file = request.body as UploadedFile | undefined;
      if (!file?.content) throw new AppError(415, 'report.unsupported_type');
      const report = await nominations.addReport(
        request.ctx,
        request.params.id,
        file,
        request.query.fileName,
      );
      return reply
        .code(201)
        .header('location', `/api/v1/nominations/${request.params.id}/reports/${report.id}`)
        .send(report);
    },
  );

  app.get(
    '/nominations/:id/reports/:reportId',
    {
      config: { access: 'nomination.read' },
      schema: {
        tags,
        summary: 'Download a feedback report',
        params: reportParamsSchema,
        response: problems(400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const file = await nominations.getReport(request.ctx, request.params.id, request.params.reportId);
      // A file, not JSON: the plain reply, outside the route's response schemas.
      return (reply as FastifyReply)
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
};
