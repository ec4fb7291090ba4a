import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  PartnerReport,
  ProgrammeReport,
  ReportCounts,
  ReportLine,
} from '../../../modules/programmes/programmes-report.schemas';
import type { Locale } from '../../../shared/enums';
import { api, toQuery } from '../../lib/api-client';

export type { PartnerReport, ProgrammeReport, ReportCounts, ReportLine };

/** What both reports show: the lines by area and year, by area, by year, and the total. */
export type ReportBody = Pick<ProgrammeReport, 'lines' | 'byArea' | 'byYear' | 'totals'>;
export type ReportFormat = 'csv' | 'xlsx';

/** The partner report's menu years, both optional (every year). */
export interface ReportYears {
  from?: number;
  to?: number;
}

export const countKeys = ['planned', 'nominated', 'accepted', 'attended'] as const;

export const reportKeys = {
  programme: (id: string) => ['programme-report', 'programme', id] as const,
  partner: (id: string, years: ReportYears) => ['programme-report', 'partner', id, years] as const,
};

const programmePath = (id: string) => `/programmes/${encodeURIComponent(id)}/report`;
const partnerPath = (id: string) => `/partners/${encodeURIComponent(id)}/implementation-report`;

export function useProgrammeReport(id: string) {
  return useQuery({
    queryKey: reportKeys.programme(id),
    queryFn: ({ signal }) => api.get<ProgrammeReport>(programmePath(id), signal),
  });
}

export function usePartnerReport(id: string, years: ReportYears) {
  return useQuery({
    queryKey: reportKeys.partner(id, years),
    queryFn: ({ signal }) => api.get<PartnerReport>(`${partnerPath(id)}${toQuery({ ...years })}`, signal),
    // Changing the years keeps the last report on screen until the next one arrives.
    placeholderData: keepPreviousData,
  });
}

/** The files are plain links (the browser downloads them), in the language of the page. */
export const programmeReportFileUrl = (id: string, format: ReportFormat, lang: Locale) =>
  `/api/v1${programmePath(id)}.${format}${toQuery({ lang })}`;

export const partnerReportFileUrl = (id: string, years: ReportYears, format: ReportFormat, lang: Locale) =>
  `/api/v1${partnerPath(id)}.${format}${toQuery({ ...years, lang })}`;
