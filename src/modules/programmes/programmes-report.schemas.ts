import { z } from 'zod';
import { bilingualOutSchema } from '../../core/bilingual';
import { locales, programmeStatuses } from '../../shared/enums';

/**
 * The implementation report, per programme version and per partner: planned vs nominated vs
 * accepted vs attended, by area of cooperation and by menu year. Shared with the web app.
 */

/** Menu years as the menu takes them. */
const reportYear = z.coerce.number().int().min(1990).max(2100);

/** The partner report's years (menu years, both ends included); both optional: every year. */
const yearRange = { from: reportYear.optional(), to: reportYear.optional() };

/** Said with the message every form already shows for a number under its minimum. */
function yearsInOrder(q: { from?: number; to?: number }, ctx: z.RefinementCtx) {
  if (q.from !== undefined && q.to !== undefined && q.to < q.from)
    ctx.addIssue({ code: 'too_small', origin: 'number', minimum: q.from, inclusive: true, path: ['to'] });
}

export const partnerReportQuerySchema = z.strictObject(yearRange).superRefine(yearsInOrder);
export type PartnerReportQuery = z.infer<typeof partnerReportQuerySchema>;

/** The files: the report's language is `lang`, else the caller's (the user's setting, or the browser's). */
const lang = z.enum(locales).optional();
export const reportFileQuerySchema = z.strictObject({ lang });
export const partnerReportFileQuerySchema = z.strictObject({ ...yearRange, lang }).superRefine(yearsInOrder);

const count = z.number().int();
export const reportCountsSchema = z.object({
  /** People the programme plans to send (sum over its selected activities). */
  planned: count,
  /** The partner's nominations to those activities' iterations, but withdrawn ones. */
  nominated: count,
  accepted: count,
  /** Accepted participants recorded as having attended. */
  attended: count,
});
export type ReportCounts = z.infer<typeof reportCountsSchema>;

const areaRef = z.object({ id: z.uuid(), code: z.string(), name: bilingualOutSchema });

/**
 * One line of the report. `area` is the area of the objective the activity serves (or the activity's
 * first area when it serves none); null with `outsideProgrammes` for the partner's nominations made
 * outside its programmes (partner report only). `year` is the menu year, null on an all-years line.
 */
export const reportLineSchema = reportCountsSchema.extend({
  area: areaRef.nullable(),
  outsideProgrammes: z.boolean(),
  year: z.number().int().nullable(),
});
export type ReportLine = z.infer<typeof reportLineSchema>;

const yearLineSchema = reportCountsSchema.extend({ year: z.number().int() });

const reportBody = {
  /** Area × year, areas by name in the caller's language (the outside line last), years ascending. */
  lines: z.array(reportLineSchema),
  /** Every area over all years, in the same order. */
  byArea: z.array(reportLineSchema),
  /** Every year over all areas (outside programmes included). */
  byYear: z.array(yearLineSchema),
  totals: reportCountsSchema,
};

const partnerRef = z.object({ id: z.uuid(), isoCode: z.string().nullable(), name: bilingualOutSchema });
const programmeRef = z.object({
  id: z.uuid(),
  lineageId: z.uuid(),
  versionNo: z.number().int(),
  title: bilingualOutSchema,
  status: z.enum(programmeStatuses),
  period: z.object({ startsOn: z.string(), endsOn: z.string() }),
});
export type ReportProgrammeRef = z.infer<typeof programmeRef>;

export const programmeReportSchema = z
  .object({ programme: programmeRef, partner: partnerRef, ...reportBody })
  .meta({ id: 'ProgrammeReport' });
export type ProgrammeReport = z.infer<typeof programmeReportSchema>;

export const partnerReportSchema = z
  .object({
    partner: partnerRef,
    from: z.number().int().nullable(),
    to: z.number().int().nullable(),
    /** The programmes counted: of each, the latest agreed, active or completed version, over the years. */
    programmes: z.array(programmeRef),
    ...reportBody,
  })
  .meta({ id: 'PartnerImplementationReport' });
export type PartnerReport = z.infer<typeof partnerReportSchema>;
