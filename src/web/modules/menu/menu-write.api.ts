import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  Activity,
  CreateActivityBody,
  Iteration,
  IterationInput,
  UpdateActivityBody,
  UpdateIterationBody,
} from '../../../modules/menu/menu.schemas';
import type { ActivityStatus } from '../../../shared/enums';
import { ApiError, apiRequest, etagFor, type UploadPhase, uploadRaw } from '../../lib/api-client';

export type { UploadPhase };

import { menuKeys, type VersionedActivity } from './menu.api';

const activityPath = (id: string) => `/menu/activities/${encodeURIComponent(id)}`;
const iterationPath = (activityId: string, iterationId: string) =>
  `${activityPath(activityId)}/iterations/${encodeURIComponent(iterationId)}`;

/** After any write: the saved record replaces the cached one, and every list/calendar asks again. */
function useAfterWrite() {
  const client = useQueryClient();
  return {
    activity: (saved: VersionedActivity) => {
      client.setQueryData(menuKeys.detail(saved.activity.id), saved);
      void client.invalidateQueries({ queryKey: menuKeys.all });
    },
    // An iteration's answer is the iteration alone: the activity (and its lists) are read again.
    iteration: () => client.invalidateQueries({ queryKey: menuKeys.all }),
  };
}

/** Creates (POST, iterations in the body) or updates (PATCH with If-Match) an activity. */
export function useSaveActivity(id: string | null) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: async ({
      body,
      etag,
    }: {
      body: CreateActivityBody | UpdateActivityBody;
      etag?: string | null;
    }): Promise<VersionedActivity> => {
      const response = id
        ? await apiRequest<Activity>('PATCH', activityPath(id), { body, ifMatch: etag ?? undefined })
        : await apiRequest<Activity>('POST', '/menu/activities', { body });
      return { activity: response.data, etag: response.etag };
    },
    onSuccess: after.activity,
  });
}

/** Adds an iteration to an existing activity, or updates one (If-Match of the iteration). */
export function useSaveIteration(activityId: string) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: async ({
      iteration,
      body,
    }: {
      iteration: Iteration | null;
      body: IterationInput | UpdateIterationBody;
    }) => {
      if (!iteration) {
        return (await apiRequest<Iteration>('POST', `${activityPath(activityId)}/iterations`, { body })).data;
      }
      return (
        await apiRequest<Iteration>('PATCH', iterationPath(activityId, iteration.id), {
          body,
          ifMatch: etagFor(iteration.id, iteration.version),
        })
      ).data;
    },
    onSuccess: () => after.iteration(),
  });
}

/** Moves an activity to its next status (the server cascades to its iterations). */
export function useActivityTransition() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: async ({ activity, to }: { activity: Activity; to: ActivityStatus }) => {
      const response = await apiRequest<Activity>('POST', `${activityPath(activity.id)}/transitions`, {
        body: { to },
        ifMatch: etagFor(activity.id, activity.version),
      });
      return { activity: response.data, etag: response.etag } satisfies VersionedActivity;
    },
    onSuccess: after.activity,
  });
}

export function useIterationTransition() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: async ({
      activity,
      iteration,
      to,
    }: {
      activity: Activity;
      iteration: Iteration;
      to: ActivityStatus;
    }) =>
      (
        await apiRequest<Iteration>('POST', `${iterationPath(activity.id, iteration.id)}/transitions`, {
          body: { to },
          ifMatch: etagFor(iteration.id, iteration.version),
        })
      ).data,
    onSuccess: () => after.iteration(),
  });
}

// ---------------------------------------------------------------- import

/** A problem of an import file, where the user finds it; `message` is in the user's language. */
export interface ImportProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** What a dry run or an import answers (`importReportSchema`): what the file holds, and its problems. */
export interface ImportResult {
  dryRun: boolean;
  rows: number;
  activities: number;
  iterations: number;
  /** The first problems (the server caps the list); a dry run answers 200 with them. */
  errors: ImportProblem[];
  /** All problems found, even those left out of `errors`. */
  errorCount: number;
}

const importTypes: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** By the name first: browsers label a CSV `application/vnd.ms-excel` on some systems, or not at all. */
export function importContentType(file: Pick<File, 'name' | 'type'>): string {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return importTypes[extension] ?? (file.type || 'application/octet-stream');
}

/** The problems of a dry run's report, or of a refused import (422 `import.invalid`). */
export function importProblems(result: ImportResult | undefined, error: unknown): ImportProblem[] {
  if (result) return result.errors ?? [];
  if (!(error instanceof ApiError) || error.code !== 'import.invalid') return [];
  return (error.problem.errors ?? []) as unknown as ImportProblem[];
}

export function useImportMenu(onProgress: (phase: UploadPhase, fraction: number) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      uploadRaw<ImportResult>(`/menu/imports?dryRun=${dryRun}`, file, {
        headers: { 'Content-Type': importContentType(file) },
        onProgress,
      }),
    onSuccess: (_result, { dryRun }) => {
      if (!dryRun) void client.invalidateQueries({ queryKey: menuKeys.all });
    },
  });
}

export function importTemplateUrl(format: 'csv' | 'xlsx', lang: string): string {
  return `/api/v1/menu/import-template.${format}?lang=${encodeURIComponent(lang)}`;
}
