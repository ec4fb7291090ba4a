import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery, uploadRaw } from '../../lib/api-client';

/** A rate: units of `currency` per 1 unit of the base currency on `rateDate`, from `source`. */
export interface Rate {
  currency: string;
  rateDate: string;
  rate: string;
  source: string;
}

export interface RateList {
  baseCurrency: string;
  items: Rate[];
}

/** What a checked or imported file holds. */
export interface RateImportSummary {
  id: string | null;
  fileName: string;
  source: string;
  rows: number;
  currencies: string[];
  firstDate: string;
  lastDate: string;
  dryRun: boolean;
}

export interface RateImport extends Omit<RateImportSummary, 'dryRun' | 'id'> {
  id: string;
  importedAt: string;
  importedBy: string | null;
}

export const rateKeys = {
  all: ['exchange-rates'] as const,
  list: (currency: string) => ['exchange-rates', 'list', currency] as const,
  imports: ['exchange-rates', 'imports'] as const,
};

export function useRates(currency: string) {
  return useQuery({
    queryKey: rateKeys.list(currency),
    queryFn: ({ signal }) =>
      api.get<RateList>(`/exchange-rates${toQuery({ currency: currency || undefined, limit: 200 })}`, signal),
  });
}

export function useRateImports() {
  return useQuery({
    queryKey: rateKeys.imports,
    queryFn: ({ signal }) => api.get<{ items: RateImport[] }>('/exchange-rates/imports', signal),
  });
}

/**
 * Sends a rate file as it is (the body is the CSV): a dry run reads and checks it, the import writes all
 * of it or nothing. Sent as `text/csv` whatever the browser calls the file (some say `application/vnd.ms-excel`).
 */
export function useImportRates() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, source, dryRun }: { file: File; source: string; dryRun: boolean }) =>
      uploadRaw<RateImportSummary>(
        `/exchange-rates/imports${toQuery({ source: source.trim() || 'ECB', fileName: file.name, dryRun })}`,
        file,
        { headers: { 'Content-Type': 'text/csv' } },
      ),
    onSuccess: (_summary, { dryRun }) => {
      if (!dryRun) void client.invalidateQueries({ queryKey: rateKeys.all });
    },
  });
}
