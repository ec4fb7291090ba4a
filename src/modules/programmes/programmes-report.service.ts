import type { RequestContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { assertCan } from '../../core/policy';
import type { Database } from '../../db/client';
import type { Locale, ProgrammeStatus } from '../../shared/enums';
import { programmeScope } from './programmes.access';
import { fileRows, type ReportBody, writeReportCsv, writeReportXlsx } from './programmes-report.export';
import * as q from './programmes-report.queries';
import type {
  PartnerReport,
  PartnerReportQuery,
  ProgrammeReport,
  ReportCounts,
  ReportLine,
  ReportProgrammeRef,
} from './programmes-report.schemas';

export type ReportFormat = 'csv' | 'xlsx';

const countsOf = (row: q.LineRow): ReportCounts => ({
  planned: row.planned,
  nominated: row.nominated,
  accepted: row.accepted,
  attended: row.attended,
});

const toLine = (row: q.LineRow): ReportLine => ({
  area:
    row.areaId === null
      ? null
      : {
          id: row.areaId,
          code: row.areaCode ?? '',
          name: { en: row.areaNameEn ?? '', fr: row.areaNameFr ?? '' },
        },
  outsideProgrammes: row.outside === true,
  year: row.level === 0 ? row.year : null,
  ...countsOf(row),
});

/**
 * The grouping-sets rows as the report: areas by name in `locale` (the outside-programmes line
 * last), years ascending. An empty report still has its total line (all zeros).
 */
export function shapeLines(rows: q.LineRow[], locale: Locale): ReportBody {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const name = (line: ReportLine) =>
    line.area ? line.area.name[locale] || line.area.name[locale === 'en' ? 'fr' : 'en'] : '';
  const byAreaThenYear = (a: ReportLine, b: ReportLine) =>
    Number(a.outsideProgrammes) - Number(b.outsideProgrammes) ||
    Number(a.area === null) - Number(b.area === null) ||
    collator.compare(name(a), name(b)) ||
    (a.area?.code ?? '').localeCompare(b.area?.code ?? '') ||
    (a.year ?? 0) - (b.year ?? 0);
  const total = rows.find((r) => r.level === 3);
  return {
    lines: rows
      .filter((r) => r.level === 0)
      .map(toLine)
      .sort(byAreaThenYear),
    byArea: rows
      .filter((r) => r.level === 1)
      .map(toLine)
      .sort(byAreaThenYear),
    byYear: rows
      .filter((r) => r.level === 2 && r.year !== null)
      .map((r) => ({ year: r.year!, ...countsOf(r) }))
      .sort((a, b) => a.year - b.year),
    totals: total ? countsOf(total) : { planned: 0, nominated: 0, accepted: 0, attended: 0 },
  };
}

const toProgrammeRef = (row: q.ProgrammeRefRow): ReportProgrammeRef => ({
  id: row.id,
  lineageId: row.lineageId,
  versionNo: row.versionNo,
  title: { en: row.titleEn, fr: row.titleFr },
  status: row.status as ProgrammeStatus,
  period: { startsOn: row.startsOn, endsOn: row.endsOn },
});

const toPartnerRef = (row: q.PartnerRow) => ({
  id: row.id,
  isoCode: row.isoCode,
  name: { en: row.nameEn, fr: row.nameFr },
});

/** A file name without the partner's name (any script): its ISO code, or "partner". */
const slug = (isoCode: string | null) => (isoCode ?? 'partner').toLowerCase().replace(/[^a-z0-9]/g, '');

async function toFile(report: ReportBody, format: ReportFormat, lang: Locale) {
  const rows = fileRows(report, lang);
  return format === 'csv' ? writeReportCsv(rows, lang) : writeReportXlsx(rows, lang);
}

export function createProgrammeReportService(deps: { db: Database }) {
  const { db } = deps;

  /** One version's report; 404 when the caller may not see the version (a liaison: another partner's). */
  async function programmeReport(ctx: RequestContext, id: string, locale = ctx.actor.locale) {
    assertCan(ctx.actor, 'programme.read');
    const row = await q.selectProgrammeReport(db, programmeScope(ctx.actor), id);
    if (!row.programme) throw notFound('programme');
    const { partner, ...programme } = row.programme;
    return {
      programme: toProgrammeRef(programme),
      partner: toPartnerRef(partner),
      ...shapeLines(row.lines, locale),
    } satisfies ProgrammeReport;
  }

  /** A partner's report over years; 404 for a partner the caller may not report on (a liaison: another). */
  async function partnerReport(
    ctx: RequestContext,
    id: string,
    years: PartnerReportQuery,
    locale = ctx.actor.locale,
  ) {
    assertCan(ctx.actor, 'programme.read');
    const row = await q.selectPartnerReport(db, programmeScope(ctx.actor), id, years);
    if (!row.partner) throw notFound('partner');
    return {
      partner: toPartnerRef(row.partner),
      from: years.from ?? null,
      to: years.to ?? null,
      programmes: row.programmes.map(toProgrammeRef),
      ...shapeLines(row.lines, locale),
    } satisfies PartnerReport;
  }

  return {
    programmeReport,
    partnerReport,

    async programmeReportFile(ctx: RequestContext, id: string, format: ReportFormat, lang: Locale) {
      const report = await programmeReport(ctx, id, lang);
      return {
        filename: `programme-report-${slug(report.partner.isoCode)}-v${report.programme.versionNo}-${lang}.${format}`,
        body: await toFile(report, format, lang),
      };
    },

    async partnerReportFile(
      ctx: RequestContext,
      id: string,
      years: PartnerReportQuery,
      format: ReportFormat,
      lang: Locale,
    ) {
      const report = await partnerReport(ctx, id, years, lang);
      const span = `${years.from ?? 'start'}-${years.to ?? 'end'}`;
      return {
        filename: `implementation-report-${slug(report.partner.isoCode)}-${span}-${lang}.${format}`,
        body: await toFile(report, format, lang),
      };
    },
  };
}

export type ProgrammeReportService = ReturnType<typeof createProgrammeReportService>;
