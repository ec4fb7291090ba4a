import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, toQuery, uploadRaw } from '../../lib/api-client';
import { trustFundKeys } from './trust-funds.api';

/** What a checked or imported IATI file does: records created, updated or left as they were. */
export interface IatiImportTally {
  created: number;
  updated: number;
  unchanged: number;
}

export interface IatiImportSummary {
  dryRun: boolean;
  activities: number;
  funds: IatiImportTally;
  projects: IatiImportTally;
  phases: IatiImportTally;
  organisationsCreated: number;
  transactions: { added: number; skipped: number };
  warnings: { path: string; code: string; message: string }[];
}

/**
 * Sends an IATI activity file as it is (the body is the XML): a dry run checks it and writes nothing,
 * the import writes all of it or nothing. Sent as `application/xml` whatever the browser calls the file.
 */
export function useImportIati() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      uploadRaw<IatiImportSummary>(`/trust-funds/iati-imports${toQuery({ dryRun })}`, file, {
        headers: { 'Content-Type': 'application/xml' },
      }),
    onSuccess: (_summary, { dryRun }) => {
      if (!dryRun) void client.invalidateQueries({ queryKey: trustFundKeys.all });
    },
  });
}

/** The problems of a refused file (`iati_import.invalid`), by activity and element; none otherwise. */
export function iatiProblems(error: unknown): { path: string; message: string }[] {
  if (!(error instanceof ApiError) || error.code !== 'iati_import.invalid') return [];
  return error.fieldErrors.map((e) => ({ path: e.path, message: e.message }));
}
