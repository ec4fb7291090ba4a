import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../core/http';
import { idParamsSchema, problems } from '../../server/schemas';
import { DOCUMENT_MAX_BYTES, documentExtensions } from './documents.files';
import { documentParamsSchema, documentSchema, documentUploadQuerySchema } from './documents.schemas';
import {
  documentTooLarge,
  documentUnsupported,
  type TrustFundDocumentService,
  type UploadedDocument,
} from './documents.service';

const tags = ['trust funds'];

/** A project's documents: the raw file is the upload's body; downloads are attachments. */
export const trustFundDocumentRoutes: FastifyPluginAsyncZod<{ documents: TrustFundDocumentService }> = async (
  app,
  { documents },
) => {
  // In this plugin only: a body is a file, kept as it came; its type is checked from its name and content.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: DOCUMENT_MAX_BYTES },
    (request, body, done) => {
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      // Not enumerable: the input guard walks enumerable properties and has no business in a file.
      const file = Object.defineProperty({ contentType }, 'content', { value: body, enumerable: false });
      done(null, file);
    },
  );
  // The app-wide answers speak of JSON and of the app's own 1 MiB limit: say what a document may be.
  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw documentTooLarge();
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_TYPE')
      throw documentUnsupported();
    throw error;
  });

  app.post(
    '/trust-fund-projects/:id/documents',
    {
      config: { access: 'trustfund.write' },
      bodyLimit: DOCUMENT_MAX_BYTES,
      schema: {
        tags,
        summary: 'Add a document to a project (an agreement, a proposal, a report)',
        description:
          'The raw file is the body, at most 20 MiB (413 beyond). `fileName` names the download and its ' +
          `extension decides the type: ${documentExtensions.join(', ')} (415 for another); a name without ` +
          'one takes the Content-Type’s. The content must begin as that type does (422 otherwise). ' +
          'An empty body is 400.',
        params: idParamsSchema,
        querystring: documentUploadQuerySchema,
        response: { 201: documentSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const document = await documents.upload(
        request.ctx,
        request.params.id,
        request.body as UploadedDocument | undefined,
        request.query,
      );
      return reply
        .code(201)
        .header('location', `/api/v1/trust-fund-projects/${request.params.id}/documents/${document.id}`)
        .send(document);
    },
  );

  app.get(
    '/trust-fund-projects/:id/documents/:documentId',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'Download a project’s document (an attachment, in its own type)',
        params: documentParamsSchema,
        response: problems(400, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const { id, documentId } = request.params;
      const file = await documents.download(request.ctx, id, documentId);
      // A file, not JSON: the plain reply, outside the route's response schemas.
      return (reply as FastifyReply)
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.delete(
    '/trust-fund-projects/:id/documents/:documentId',
    {
      config: { access: 'trustfund.write' },
      schema: {
        tags,
        summary: 'Remove a project’s document',
        description: 'Documents never change once added (a new version is a new document): no If-Match.',
        params: documentParamsSchema,
        response: { 204: z.null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await documents.remove(request.ctx, request.params.id, request.params.documentId);
      return reply.code(204).send(null);
    },
  );
};
