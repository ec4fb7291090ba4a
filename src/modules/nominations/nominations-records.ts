import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError, conflict, notFound, preconditionFailed, unprocessable } from '../../core/errors';
import { assertCan } from '../../core/policy';
import type { Database, Executor } from '../../db/client';
import { recordAudit } from '../audit/audit.service';
import { nominationScope, ownsActivity } from './nominations.access';
import * as q from './nominations.queries';
import { type AttendanceBody, personalFields, type Report } from './nominations.schemas';
import { isoDay, nominationLink } from './nominations.seats';
import { findNomination, toReport } from './nominations-read';

/** What happens after the decisions: attendance, feedback reports, and erasure of the personal data. */

export const REPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Enough for a participant's report and its annexes; a bound on what one nomination stores. */
export const REPORTS_PER_NOMINATION = 10;

/** The feedback report types taken, with the file's extension and how its content must begin. */
export const reportTypes: Record<string, { extension: string; looksRight: (content: Buffer) => boolean }> = {
  'application/pdf': { extension: 'pdf', looksRight: (c) => c.subarray(0, 5).toString('latin1') === '%PDF-' },
  // DOCX and ODT are ZIP packages.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extension: 'docx',
    looksRight: (c) => c.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')),
  },
  'application/vnd.oasis.opendocument.text': {
    extension: 'odt',
    looksRight: (c) => c.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')),
  },
  'text/plain': {
    extension: 'txt',
    looksRight: (c) => !c.includes(0) && Buffer.from(c.toString('utf8'), 'utf8').equals(c),
  },
};

/** An uploaded file; the content is not enumerable so that input guards walking the body skip it. */
export interface UploadedFile {
  readonly contentType: string;
  readonly content: Buffer;
}

/** A name safe in a Content-Disposition header and on any disk: no path, no control or quote characters. */
export function safeFileName(requested: string | undefined, extension: string): string {
  const base = (requested ?? '')
    .split(/[\\/]/)
    .pop()!
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  if (!base) return `report.${extension}`;
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

export function createNominationRecordService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;

  /** The nomination the caller answers for (provider's own activity, or staff), locked. */
  async function lockOwned(tx: Executor, ctx: RequestContext, id: string) {
    const scope = nominationScope(ctx.actor);
    const current = await findNomination(tx, scope, id);
    if (!ownsActivity(scope, current.activity.providerId)) throw notFound('nomination');
    const row = (await q.selectNominationRow(tx, id, true))!;
    const it = (await q.selectIteration(tx, row.iterationId, false))!;
    return { row, it };
  }

  /** After the start (or any time for a self-paced iteration), for an accepted participant only. */
  function assertAfterStart(row: q.NominationRow, it: q.LockedIteration) {
    if (row.status !== 'accepted') throw conflict('nomination.not_accepted', { status: row.status });
    if (it.startsOn !== null && it.startsOn > isoDay(clock.now()))
      throw unprocessable('nomination.not_started', { startsOn: it.startsOn });
  }

  return {
    async recordAttendance(ctx: RequestContext, id: string, version: number, body: AttendanceBody) {
      assertCan(ctx.actor, 'nomination.decide');
      if (body.completed && body.attendance === 'absent') throw unprocessable('nomination.completed_absent');
      return db.transaction(async (tx) => {
        const { row, it } = await lockOwned(tx, ctx, id);
        if (row.version !== version) throw preconditionFailed();
        assertAfterStart(row, it);
        const now = clock.now();
        await q.updateNominationRow(tx, id, { ...body, version: row.version + 1, updatedAt: now });
        await recordAudit(tx, ctx, clock, {
          action: 'nomination.attendance',
          entityType: 'nomination',
          entityId: id,
          partnerId: row.partnerId,
          before: { attendance: row.attendance, completed: row.completed },
          after: body,
        });
        return findNomination(tx, nominationScope(ctx.actor), id);
      });
    },

    async addReport(ctx: RequestContext, id: string, file: UploadedFile, fileName?: string): Promise<Report> {
      assertCan(ctx.actor, 'nomination.decide');
      const type = reportTypes[file.contentType];
      if (!type) throw new AppError(415, 'report.unsupported_type');
      if (file.content.length === 0) throw unprocessable('report.empty');
      if (!type.looksRight(file.content)) throw new AppError(415, 'report.unsupported_type');
      return db.transaction(async (tx) => {
        const { row, it } = await lockOwned(tx, ctx, id);
        if (row.erasedAt !== null) throw conflict('nomination.erased');
        assertAfterStart(row, it);
        if ((await q.selectReports(tx, id)).length >= REPORTS_PER_NOMINATION)
          throw conflict('report.too_many', { max: REPORTS_PER_NOMINATION });
        const report = await q.insertReport(tx, {
          nominationId: id,
          fileName: safeFileName(fileName, type.extension),
          contentType: file.contentType,
          size: file.content.length,
          content: file.content,
          uploadedBy: ctx.actor.userId,
          createdAt: clock.now(),
        });
        await recordAudit(tx, ctx, clock, {
          action: 'nomination.report_add',
          entityType: 'nomination',
          entityId: id,
          partnerId: row.partnerId,
          after: {
            reportId: report.id,
            fileName: report.fileName,
            contentType: report.contentType,
            size: report.size,
          },
        });
        return toReport(report);
      });
    },

    /** A report file, for whoever sees the nomination. */
    async getReport(ctx: RequestContext, id: string, reportId: string) {
      assertCan(ctx.actor, 'nomination.read');
      await findNomination(db, nominationScope(ctx.actor), id);
      const file = await q.selectReportFile(db, id, reportId);
      if (!file) throw notFound('report');
      return file;
    },

    /**
     * Erasure on request: the personal fields are blanked, the reports deleted, and the personal values
     * removed from the nomination's audit events and notifications. Status, decision and attendance
     * stay, so every count stays true. The erasure is audited without any personal value.
     */
    async erase(ctx: RequestContext, id: string, version: number) {
      assertCan(ctx.actor, 'nomination.write');
      return db.transaction(async (tx) => {
        await findNomination(tx, nominationScope(ctx.actor), id);
        const row = (await q.selectNominationRow(tx, id, true))!;
        if (row.version !== version) throw preconditionFailed();
        if (row.erasedAt !== null) throw conflict('nomination.erased');
        const now = clock.now();
        await q.updateNominationRow(tx, id, {
          fullName: '',
          rankTitle: '',
          organisation: '',
          email: '',
          workingLanguage: '',
          nationality: '',
          // A reason may name or describe the person.
          decisionReason: '',
          erasedAt: now,
          version: row.version + 1,
          updatedAt: now,
        });
        const reportsDeleted = await q.deleteReports(tx, id);
        await q.scrubAuditEvents(tx, id, [...personalFields, 'reason', 'fileName']);
        await q.scrubNotifications(tx, nominationLink(id));
        await recordAudit(tx, ctx, clock, {
          action: 'nomination.erase',
          entityType: 'nomination',
          entityId: id,
          partnerId: row.partnerId,
          after: { erasedAt: now.toISOString(), reportsDeleted },
        });
        return findNomination(tx, nominationScope(ctx.actor), id);
      });
    },
  };
}
