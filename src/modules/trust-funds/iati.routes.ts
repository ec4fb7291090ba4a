import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, problems } from '../../server/schemas';
import type { IatiFile, IatiService } from './iati.service';

const tags = ['trust funds'];
export const IATI_XML_TYPE = 'application/xml; charset=utf-8';

function download(reply: FastifyReply, file: IatiFile) {
  // File names are built from fund codes ([A-Za-z0-9._-]) and a date: nothing to escape.
  return reply
    .type(IATI_XML_TYPE)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

const description =
  'An IATI 2.03 `iati-activities` file, valid against the official schema: each fund (hierarchy 1), its ' +
  'projects (2) and their phases (3), linked both ways, with participating organisations, budgets, ' +
  'transactions and results. What the caller may not see is not in it: a partner liaison gets the funds and ' +
  'projects released to its partner, and of the money its own partner’s contributions only.';

/** The IATI export of trust funds, from the database. */
export const iatiRoutes: FastifyPluginAsyncZod<{ iati: IatiService }> = async (app, { iati }) => {
  app.get(
    '/trust-funds/iati.xml',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'Every trust fund the caller may see, as an IATI 2.03 activity file (XML)',
        description,
        response: problems(401, 403, 404, 422),
      },
    },
    async (request, reply) => download(reply, await iati.exportAll(request.ctx)),
  );

  app.get(
    '/trust-funds/:id/iati.xml',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'One trust fund with its projects and phases, as an IATI 2.03 activity file (XML)',
        description,
        params: idParamsSchema,
        response: problems(400, 401, 403, 404, 422),
      },
    },
    async (request, reply) => download(reply, await iati.exportFund(request.ctx, request.params.id)),
  );
};
