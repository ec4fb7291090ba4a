import { z } from 'zod';

/** Shapes every route shares: ids in paths, the problem+json answer, headers. */
export const idParamsSchema = z.strictObject({ id: z.uuid() });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
    requestId: z.string(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details, in the caller’s language' });

/** The problem+json answers a route may give, for its OpenAPI description and serialisation. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, problemSchema]));
}

export const ifMatchHeadersSchema = z.object({
  'if-match': z.string().max(200).optional().describe('The ETag read with the record'),
});
