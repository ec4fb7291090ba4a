import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createFundBodySchema,
  Fund,
  Organisation,
  Project,
  projectListSchema,
  projectSummarySchema,
  Transaction,
  TransactionBody,
  transactionListSchema,
  updateProjectBodySchema,
} from '../../../modules/trust-funds/trust-funds.schemas';
import { useSession } from '../../auth/session';
import { ApiError, api, apiRequest, etagFor, toQuery } from '../../lib/api-client';

export type { Fund, Organisation, Project, Transaction };
export type ProjectSummary = z.infer<typeof projectSummarySchema>;
export type ProjectList = z.infer<typeof projectListSchema>;
export type TransactionList = z.infer<typeof transactionListSchema>;
export type Budget = Project['budgets'][number];
export type Indicator = Project['indicators'][number];
export type ProjectDocument = Project['documents'][number];
/** What the fund form sends (the server fills the defaults it leaves out). */
export type FundInput = z.input<typeof createFundBodySchema>;
export type ProjectInput = z.input<typeof updateProjectBodySchema> & { fundId: string };
export type TransactionInput = TransactionBody;

export interface ProjectListParams {
  fund?: string;
  country?: string;
  status?: string;
  q?: string;
}

export interface TransactionListParams {
  fund?: string;
  project?: string;
  party?: string;
  type?: string;
  limit: number;
}

export const trustFundKeys = {
  all: ['trust-funds'] as const,
  funds: ['trust-funds', 'funds'] as const,
  fund: (id: string) => ['trust-funds', 'fund', id] as const,
  projects: (params: ProjectListParams) => ['trust-funds', 'projects', params] as const,
  project: (id: string) => ['trust-funds', 'project', id] as const,
  transactions: (params: TransactionListParams) => ['trust-funds', 'transactions', params] as const,
  pledges: (fund: string, party: string) => ['trust-funds', 'pledges', fund, party] as const,
  organisations: ['trust-funds', 'organisations'] as const,
};

/** A 404 or a malformed id will not become a 200 by asking again. */
const retry = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 2;

/** The trust-fund permissions of the signed-in user; a liaison sees its own partner's money only. */
export function useTrustFundAccess() {
  const { me, can } = useSession();
  return {
    read: can('trustfund.read'),
    write: can('trustfund.write'),
    /** The partner whose contributions a liaison sees (the API narrows the money to them). */
    donorPartnerId: me?.role === 'partner_liaison' ? (me.partnerId ?? null) : null,
    liaison: me?.role === 'partner_liaison',
  };
}

export function useFunds() {
  return useQuery({
    queryKey: trustFundKeys.funds,
    queryFn: ({ signal }) => api.get<{ items: Fund[] }>('/trust-funds', signal),
  });
}

export function useFund(id: string) {
  return useQuery({
    queryKey: trustFundKeys.fund(id),
    enabled: id !== '',
    queryFn: ({ signal }) => api.get<Fund>(`/trust-funds/${encodeURIComponent(id)}`, signal),
    retry,
  });
}

export function useProjects(params: ProjectListParams, enabled = true) {
  return useQuery({
    queryKey: trustFundKeys.projects(params),
    enabled,
    queryFn: ({ signal }) => api.get<ProjectList>(`/trust-fund-projects${toQuery({ ...params })}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** A project with the ETag its next change must send as If-Match. */
export interface VersionedProject {
  project: Project;
  etag: string | null;
}

export function useProject(id: string) {
  return useQuery({
    queryKey: trustFundKeys.project(id),
    queryFn: async ({ signal }): Promise<VersionedProject> => {
      const { data, etag } = await apiRequest<Project>(
        'GET',
        `/trust-fund-projects/${encodeURIComponent(id)}`,
        {
          signal,
        },
      );
      return { project: data, etag };
    },
    retry,
  });
}

/**
 * Transactions, newest value date first, a page at a time ("load more"): each page carries the cursor
 * of the next. A write refetches the pages loaded so far (their key is under `trustFundKeys.all`).
 */
export function useTransactions(params: TransactionListParams, enabled = true) {
  return useInfiniteQuery({
    queryKey: trustFundKeys.transactions(params),
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get<TransactionList>(
        `/trust-fund-transactions${toQuery({ ...params, cursor: pageParam })}`,
        signal,
      ),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** The pledges a donor made to a fund: what a commitment or a contribution may fulfil. */
export function usePledges(fund: string, party: string, enabled: boolean) {
  return useQuery({
    queryKey: trustFundKeys.pledges(fund, party),
    enabled: enabled && Boolean(fund && party),
    queryFn: ({ signal }) =>
      api.get<TransactionList>(
        `/trust-fund-transactions${toQuery({ fund, party, type: 'incoming_pledge', limit: 500 })}`,
        signal,
      ),
  });
}

/** Donors, lead nations and agencies, for the pickers (a few hundred at most). */
export function useOrganisations(enabled = true) {
  return useQuery({
    queryKey: trustFundKeys.organisations,
    enabled,
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => api.get<{ items: Organisation[] }>('/organisations', signal),
  });
}

/** After any write, every trust-fund read asks again (funds count projects; transactions show both). */
function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: trustFundKeys.all });
}

export function useCreateFund() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: FundInput) => api.post<Fund>('/trust-funds', body),
    onSuccess: () => void invalidate(),
  });
}

/** Creates a project (POST) or replaces one (PUT with If-Match: its budgets and indicators too). */
export function useSaveProject(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      body,
      etag,
    }: {
      body: ProjectInput;
      etag?: string | null;
    }): Promise<VersionedProject> => {
      const response = id
        ? await apiRequest<Project>('PUT', `/trust-fund-projects/${encodeURIComponent(id)}`, {
            body,
            ifMatch: etag ?? undefined,
          })
        : await apiRequest<Project>('POST', '/trust-fund-projects', { body });
      return { project: response.data, etag: response.etag };
    },
    onSuccess: (saved) => {
      client.setQueryData(trustFundKeys.project(saved.project.id), saved);
      void client.invalidateQueries({
        queryKey: trustFundKeys.all,
        predicate: (query) => !(query.queryKey[1] === 'project' && query.queryKey[2] === saved.project.id),
      });
    },
  });
}

/** Records a transaction (POST) or corrects one (PUT with If-Match of the version shown). */
export function useSaveTransaction() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ body, current }: { body: TransactionInput; current: Transaction | null }) => {
      if (!current) return api.post<Transaction>('/trust-fund-transactions', body);
      const response = await apiRequest<Transaction>(
        'PUT',
        `/trust-fund-transactions/${encodeURIComponent(current.id)}`,
        { body, ifMatch: etagFor(current.id, current.version) },
      );
      return response.data;
    },
    onSuccess: () => void invalidate(),
  });
}

export function useDeleteTransaction() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async (transaction: Transaction) => {
      await apiRequest<void>('DELETE', `/trust-fund-transactions/${encodeURIComponent(transaction.id)}`, {
        ifMatch: etagFor(transaction.id, transaction.version),
      });
    },
    onSuccess: () => void invalidate(),
  });
}

/** The latest version of a transaction, after a stale-write refusal. */
export function fetchTransaction(id: string): Promise<Transaction> {
  return api.get<Transaction>(`/trust-fund-transactions/${encodeURIComponent(id)}`);
}
