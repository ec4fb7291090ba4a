import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateProgrammeBody,
  Programme,
  ProgrammeCoverage,
  ProgrammeDiff,
  ProgrammePage,
  ProgrammeSummary,
  ProgrammeTransitionBody,
  UpdateProgrammeBody,
} from '../../../modules/programmes/programmes.schemas';
import type { ProgrammeStatus } from '../../../shared/enums';
import { useSession } from '../../auth/session';
import { api, apiRequest, etagFor, toQuery } from '../../lib/api-client';

export type { Programme, ProgrammeCoverage, ProgrammeDiff, ProgrammePage, ProgrammeSummary };
export type Objective = Programme['objectives'][number];
export type SelectedActivity = Programme['activities'][number];
export type CoverageObjective = ProgrammeCoverage['objectives'][number];

/** A programme version with the ETag its next change must send as If-Match. */
export interface VersionedProgramme {
  programme: Programme;
  etag: string | null;
}

export interface ProgrammeListParams {
  q?: string;
  partner?: string;
  status?: string;
  year?: string;
  allVersions?: boolean;
  sort?: string;
  page?: number;
  limit?: number;
}

export const programmeKeys = {
  all: ['programmes'] as const,
  list: (params: ProgrammeListParams) => ['programmes', 'list', params] as const,
  detail: (id: string) => ['programmes', 'detail', id] as const,
  coverage: (id: string) => ['programmes', 'coverage', id] as const,
  diff: (id: string, other: string) => ['programmes', 'diff', id, other] as const,
};

const programmePath = (id: string) => `/programmes/${encodeURIComponent(id)}`;

/** The programme permissions of the signed-in user, and the partner a liaison works for. */
export function useProgrammeAccess() {
  const { me, can: has } = useSession();
  return {
    me,
    read: has('programme.read'),
    write: has('programme.write'),
    review: has('programme.review'),
    /** A partner liaison works for its own partner only: the partner is chosen for it. */
    ownPartnerId: me?.role === 'partner_liaison' ? (me.partnerId ?? null) : null,
  };
}

export function useProgrammeList(params: ProgrammeListParams) {
  return useQuery({
    queryKey: programmeKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ProgrammePage>(
        `/programmes${toQuery({ ...params, allVersions: params.allVersions || undefined })}`,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProgramme(id: string) {
  return useQuery({
    queryKey: programmeKeys.detail(id),
    queryFn: async ({ signal }): Promise<VersionedProgramme> => {
      const { data, etag } = await apiRequest<Programme>('GET', programmePath(id), { signal });
      return { programme: data, etag };
    },
  });
}

export function useProgrammeCoverage(id: string) {
  return useQuery({
    queryKey: programmeKeys.coverage(id),
    queryFn: ({ signal }) => api.get<ProgrammeCoverage>(`${programmePath(id)}/coverage`, signal),
  });
}

export function useProgrammeDiff(id: string, other: string) {
  return useQuery({
    queryKey: programmeKeys.diff(id, other),
    queryFn: ({ signal }) =>
      api.get<ProgrammeDiff>(`${programmePath(id)}/diff${toQuery({ with: other })}`, signal),
  });
}

/** After a write: the saved version replaces the cached one; lists, coverage and other versions ask again. */
function useAfterWrite() {
  const client = useQueryClient();
  return (saved: VersionedProgramme) => {
    client.setQueryData(programmeKeys.detail(saved.programme.id), saved);
    void client.invalidateQueries({
      queryKey: programmeKeys.all,
      predicate: (query) => !(query.queryKey[1] === 'detail' && query.queryKey[2] === saved.programme.id),
    });
  };
}

/** Creates a draft (POST) or changes one (PATCH with If-Match; the lists sent replace the stored ones). */
export function useSaveProgramme(id: string | null) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: async ({
      body,
      etag,
    }: {
      body: CreateProgrammeBody | UpdateProgrammeBody;
      etag?: string | null;
    }): Promise<VersionedProgramme> => {
      const response = id
        ? await apiRequest<Programme>('PATCH', programmePath(id), { body, ifMatch: etag ?? undefined })
        : await apiRequest<Programme>('POST', '/programmes', { body });
      return { programme: response.data, etag: response.etag };
    },
    onSuccess: after,
  });
}

export type TransitionInput = Partial<Omit<ProgrammeTransitionBody, 'to'>> & { to: ProgrammeStatus };

/** One lifecycle step of the version shown (If-Match of that version). */
export function useProgrammeTransition() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: async ({ programme, body }: { programme: Programme; body: TransitionInput }) => {
      const response = await apiRequest<Programme>('POST', `${programmePath(programme.id)}/transitions`, {
        body,
        ifMatch: etagFor(programme.id, programme.version),
      });
      return { programme: response.data, etag: response.etag } satisfies VersionedProgramme;
    },
    onSuccess: after,
  });
}

/** Starts a new version (a draft copy) of an agreed or active one. */
export function useCreateVersion() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: async (programme: Programme) => {
      const response = await apiRequest<Programme>('POST', `${programmePath(programme.id)}/versions`);
      return { programme: response.data, etag: response.etag } satisfies VersionedProgramme;
    },
    onSuccess: after,
  });
}
