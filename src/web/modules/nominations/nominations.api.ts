import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  createNominationBodySchema,
  Decision,
  IterationNominations,
  Nomination,
  NominationDetail,
  NominationPage,
  Report,
  Seats,
} from '../../../modules/nominations/nominations.schemas';
import type { AttendanceState } from '../../../shared/enums';
import { useSession } from '../../auth/session';
import { ApiError, api, apiRequest, etagFor, toQuery, uploadRaw } from '../../lib/api-client';
import { type Activity, menuKeys, type VersionedActivity } from '../menu/menu.api';

export type { Decision, IterationNominations, Nomination, NominationDetail, NominationPage, Report, Seats };
export type NominationInput = z.input<typeof createNominationBodySchema>;

export interface NominationListParams {
  status?: string;
  year?: number;
  activityId?: string;
  partnerId?: string;
  page: number;
  limit: number;
}

export const nominationKeys = {
  all: ['nominations'] as const,
  iteration: (id: string) => ['nominations', 'iteration', id] as const,
  list: (params: NominationListParams) => ['nominations', 'list', params] as const,
  detail: (id: string) => ['nominations', 'detail', id] as const,
};

/**
 * What the signed-in user may do with nominations. `owns` says whether the user answers for an
 * activity's nominations: the staff for all, a provider for its own activities.
 */
export function useNominationAccess() {
  const { me, can: has } = useSession();
  const staff = me?.role === 'admin' || me?.role === 'staff_officer';
  const decide = has('nomination.decide');
  return {
    me,
    read: has('nomination.read'),
    write: has('nomination.write'),
    decide,
    staff,
    /** Releasing an iteration's seats by hand is the staff's (menu.manage). */
    release: has('menu.manage'),
    /** A liaison nominates for its own partner only. */
    liaisonPartnerId: me?.role === 'partner_liaison' ? (me.partnerId ?? null) : null,
    owns: (providerId: string) => decide && (staff || me?.providerId === providerId),
  };
}

export function useIterationNominations(iterationId: string, enabled = true) {
  return useQuery({
    queryKey: nominationKeys.iteration(iterationId),
    enabled,
    queryFn: ({ signal }) =>
      api.get<IterationNominations>(
        `/menu/iterations/${encodeURIComponent(iterationId)}/nominations`,
        signal,
      ),
    // A 404 (not the caller's iteration) will not become a 200 by asking again.
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

export function useNominationList(params: NominationListParams) {
  return useQuery({
    queryKey: nominationKeys.list(params),
    queryFn: ({ signal }) => api.get<NominationPage>(`/nominations${toQuery({ ...params })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useNomination(id: string, enabled = true) {
  return useQuery({
    queryKey: nominationKeys.detail(id),
    enabled,
    queryFn: ({ signal }) => api.get<NominationDetail>(`/nominations/${encodeURIComponent(id)}`, signal),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

/**
 * An activity, once its id is known (the menu's `useActivity` always runs): the same cache entry and
 * shape, so the activity page and this one share it.
 */
export function useActivityOnceKnown(id: string | undefined) {
  return useQuery({
    queryKey: menuKeys.detail(id ?? ''),
    enabled: Boolean(id),
    queryFn: async ({ signal }): Promise<VersionedActivity> => {
      const { data, etag } = await apiRequest<Activity>(
        'GET',
        `/menu/activities/${encodeURIComponent(id!)}`,
        {
          signal,
        },
      );
      return { activity: data, etag };
    },
  });
}

/** After any write every nomination view asks again: seats and waiting-list places move together. */
function useAfterWrite() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: nominationKeys.all });
}

/** On a refusal, too: a 412 or 409 means the data shown is old, and the next try must start from the new. */
function useRefreshOnConflict() {
  const client = useQueryClient();
  return (error: unknown) => {
    if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
      void client.invalidateQueries({ queryKey: nominationKeys.all });
    }
  };
}

const nominationPath = (id: string) => `/nominations/${encodeURIComponent(id)}`;

export function useCreateNomination() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: async (body: NominationInput) =>
      (await apiRequest<Nomination>('POST', '/nominations', { body })).data,
    onSuccess: () => after(),
  });
}

/** One write on an existing nomination, at the version the user saw (If-Match). */
function useNominationWrite<T>(action: string, bodyOf: (input: T) => unknown) {
  const after = useAfterWrite();
  const onConflict = useRefreshOnConflict();
  return useMutation({
    mutationFn: async ({ nomination, input }: { nomination: Nomination; input: T }) =>
      (
        await apiRequest<Nomination>('POST', `${nominationPath(nomination.id)}/${action}`, {
          body: bodyOf(input),
          ifMatch: etagFor(nomination.id, nomination.version),
        })
      ).data,
    onSuccess: () => after(),
    onError: onConflict,
  });
}

export const useDecision = () =>
  useNominationWrite<{ decision: Decision; reason?: string }>('decision', (input) => input);
export const useWithdraw = () => useNominationWrite<undefined>('withdraw', () => undefined);
export const useErase = () => useNominationWrite<undefined>('erase', () => undefined);
export const useAttendance = () =>
  useNominationWrite<{ attendance: AttendanceState; completed: boolean }>('attendance', (input) => input);

/** Staff release an iteration's unfilled seats now (the job does it a few weeks before the start). */
export function useReleaseSeats() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (iterationId: string) =>
      (
        await apiRequest<IterationNominations>(
          'POST',
          `/menu/iterations/${encodeURIComponent(iterationId)}/release-seats`,
        )
      ).data,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: nominationKeys.all });
      // The iteration's `seatsReleasedAt` changed: the activity page reads it.
      void client.invalidateQueries({ queryKey: menuKeys.all });
    },
  });
}

/** The report types the server takes, by file extension (browsers often leave DOCX/ODT untyped). */
const reportTypes: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain',
};
export const reportAccept = Object.keys(reportTypes)
  .map((extension) => `.${extension}`)
  .join(',');

export function reportContentType(file: Pick<File, 'name' | 'type'>): string {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return reportTypes[extension] ?? (file.type || 'application/octet-stream');
}

export function useUploadReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ nominationId, file }: { nominationId: string; file: File }) =>
      uploadRaw<Report>(`${nominationPath(nominationId)}/reports${toQuery({ fileName: file.name })}`, file, {
        headers: { 'Content-Type': reportContentType(file) },
      }),
    onSuccess: (_report, { nominationId }) =>
      client.invalidateQueries({ queryKey: nominationKeys.detail(nominationId) }),
  });
}

export const reportUrl = (nominationId: string, reportId: string) =>
  `/api/v1${nominationPath(nominationId)}/reports/${encodeURIComponent(reportId)}`;
