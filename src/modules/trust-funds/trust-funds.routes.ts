import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagFor, expectedVersion } from '../../core/http';
import { idParamsSchema, ifMatchHeadersSchema, problems } from '../../server/schemas';
import type { FundService } from './funds.service';
import type { ProjectService } from './projects.service';
import type { TransactionService } from './transactions.service';
import {
  createFundBodySchema,
  createProjectBodySchema,
  fundListSchema,
  fundSchema,
  organisationBodySchema,
  organisationListQuerySchema,
  organisationListSchema,
  organisationSchema,
  projectListQuerySchema,
  projectListSchema,
  projectSchema,
  transactionBodySchema,
  transactionListQuerySchema,
  transactionListSchema,
  transactionSchema,
  updateProjectBodySchema,
} from './trust-funds.schemas';

const tags = ['trust funds'];

/** Organisations, funds, projects (with budgets, lead nations and results) and their money. */
export const trustFundRoutes: FastifyPluginAsyncZod<{
  funds: FundService;
  projects: ProjectService;
  transactions: TransactionService;
}> = async (app, { funds, projects, transactions }) => {
  app.get(
    '/organisations',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'Donors, lead nations and agencies (search by name, filter by kind)',
        querystring: organisationListQuerySchema,
        response: { 200: organisationListSchema, ...problems(400, 401, 403) },
      },
    },
    (request) => funds.organisations(request.ctx, request.query),
  );

  app.post(
    '/organisations',
    {
      config: { access: 'trustfund.write' },
      schema: {
        tags,
        summary: 'Add an organisation (a member state, an agency, or the row of a partner)',
        body: organisationBodySchema,
        response: { 201: organisationSchema, ...problems(400, 401, 403, 409, 413, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await funds.createOrganisation(request.ctx, request.body)),
  );

  app.get(
    '/organisations/:id',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'One organisation (its ETag is what PUT wants in If-Match)',
        params: idParamsSchema,
        response: { 200: organisationSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const organisation = await funds.organisation(request.ctx, request.params.id);
      return reply.header('etag', etagFor(organisation.id, organisation.version)).send(organisation);
    },
  );

  app.put(
    '/organisations/:id',
    {
      config: { access: 'trustfund.write' },
      schema: {
        tags,
        summary: 'Replace an organisation (send If-Match)',
        description:
          'A partner’s row stays tied to its partner and shows the partner’s names: names sent for it ' +
          'are ignored, and its kind cannot change to or from `partner` (422). Another organisation ' +
          'with the same name, or a member state’s ISO code given twice, is a 409.',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: organisationBodySchema,
        response: { 200: organisationSchema, ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const organisation = await funds.updateOrganisation(
        request.ctx,
        id,
        expectedVersion(request.headers['if-match'], id),
        request.body,
      );
      return reply.header('etag', etagFor(organisation.id, organisation.version)).send(organisation);
    },
  );

  app.get(
    '/trust-funds',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'The trust funds the caller may see',
        response: { 200: fundListSchema, ...problems(401, 403) },
      },
    },
    (request) => funds.list(request.ctx),
  );

  app.get(
    '/trust-funds/:id',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'One trust fund',
        params: idParamsSchema,
        response: { 200: fundSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const fund = await funds.get(request.ctx, request.params.id);
      return reply.header('etag', etagFor(fund.id, fund.version)).send(fund);
    },
  );

  app.post(
    '/trust-funds',
    {
      config: { access: 'trustfund.write' },
      schema: {
        tags,
        summary: 'Create a trust fund',
        body: createFundBodySchema,
        response: { 201: fundSchema, ...problems(400, 401, 403, 409, 413, 422) },
      },
    },
    async (request, reply) => {
      const fund = await funds.create(request.ctx, request.body);
      return reply.code(201).header('etag', etagFor(fund.id, fund.version)).send(fund);
    },
  );

  app.put(
    '/trust-funds/:id',
    {
      config: { access: 'trustfund.write' },
      schema: {
        tags,
        summary: 'Replace a trust fund (send If-Match); its currency is fixed once money is recorded',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: createFundBodySchema,
        response: { 200: fundSchema, ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const fund = await funds.update(
        request.ctx,
        id,
        expectedVersion(request.headers['if-match'], id),
        request.body,
      );
      return reply.header('etag', etagFor(fund.id, fund.version)).send(fund);
    },
  );

  app.get(
    '/trust-fund-projects',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'Projects and phases the caller may see (filter by fund, beneficiary country, status)',
        querystring: projectListQuerySchema,
        response: { 200: projectListSchema, ...problems(400, 401, 403) },
      },
    },
    (request) => projects.list(request.ctx, request.query),
  );

  app.get(
    '/trust-fund-projects/:id',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'One project: budgets, lead nations, results, documents, phases',
        params: idParamsSchema,
        response: { 200: projectSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const project = await projects.get(request.ctx, request.params.id);
      return reply.header('etag', etagFor(project.id, project.version)).send(project);
    },
  );

  app.post(
    '/trust-fund-projects',
    {
      config: { access: 'trustfund.write' },
      schema: {
        tags,
        summary: 'Create a project, or a phase of a project (`parentId`)',
        body: createProjectBodySchema,
        response: { 201: projectSchema, ...problems(400, 401, 403, 409, 413, 422) },
      },
    },
    async (request, reply) => {
      const project = await projects.create(request.ctx, request.body);
      return reply.code(201).header('etag', etagFor(project.id, project.version)).send(project);
    },
  );

  app.put(
    '/trust-fund-projects/:id',
    {
      config: { access: 'trustfund.write' },
      schema: {
        tags,
        summary: 'Replace a project with its budgets, lead nations and indicators (send If-Match)',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: updateProjectBodySchema,
        response: { 200: projectSchema, ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const project = await projects.update(
        request.ctx,
        id,
        expectedVersion(request.headers['if-match'], id),
        request.body,
      );
      return reply.header('etag', etagFor(project.id, project.version)).send(project);
    },
  );

  app.get(
    '/trust-fund-transactions',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'Pledges, commitments, contributions, disbursements and expenditure the caller may see',
        description:
          'Newest value date first, a page at a time: pass the previous page’s `nextCursor` as `cursor` ' +
          '(null on the last page). `total` counts the matching rows up to 10,000; `totalCapped` says ' +
          'there are more. A partner liaison sees its own partner’s contributions only.',
        querystring: transactionListQuerySchema,
        response: { 200: transactionListSchema, ...problems(400, 401, 403) },
      },
    },
    (request) => transactions.list(request.ctx, request.query),
  );

  app.get(
    '/trust-fund-transactions/:id',
    {
      config: { access: 'trustfund.read' },
      schema: {
        tags,
        summary: 'One transaction, with the rate it was converted at',
        params: idParamsSchema,
        response: { 200: transactionSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const transaction = await transactions.get(request.ctx, request.params.id);
      return reply.header('etag', etagFor(transaction.id, transaction.version)).send(transaction);
    },
  );

  app.post(
    '/trust-fund-transactions',
    {
      config: { access: 'trustfund.write' },
      schema: {
        tags,
        summary: 'Record a transaction (converted at its value date’s rate, which is kept with it)',
        body: transactionBodySchema,
        response: { 201: transactionSchema, ...problems(400, 401, 403, 409, 413, 422) },
      },
    },
    async (request, reply) => {
      const transaction = await transactions.create(request.ctx, request.body);
      return reply.code(201).header('etag', etagFor(transaction.id, transaction.version)).send(transaction);
    },
  );

  app.put(
    '/trust-fund-transactions/:id',
    {
      config: { access: 'trustfund.write' },
      schema: {
        tags,
        summary: 'Correct a transaction (send If-Match)',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: transactionBodySchema,
        response: { 200: transactionSchema, ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const transaction = await transactions.update(
        request.ctx,
        id,
        expectedVersion(request.headers['if-match'], id),
        request.body,
      );
      return reply.header('etag', etagFor(transaction.id, transaction.version)).send(transaction);
    },
  );

  app.delete(
    '/trust-fund-transactions/:id',
    {
      config: { access: 'trustfund.write' },
      schema: {
        tags,
        summary: 'Delete a transaction recorded in error (send If-Match); a pledge others fulfil stays',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await transactions.remove(request.ctx, id, expectedVersion(request.headers['if-match'], id));
      return reply.code(204).send(null);
    },
  );
};
