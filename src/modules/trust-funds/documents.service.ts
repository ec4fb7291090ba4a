import type { Clock } from '../../core/clock';
import type { RequestContext } from '../../core/context';
import { AppError, conflict, notFound } from '../../core/errors';
import { assertCan } from '../../core/policy';
import type { Database } from '../../db/client';
import type { DocumentCategory } from '../../shared/enums';
import { recordAudit } from '../audit/audit.service';
import {
  checkDocumentFile,
  DOCUMENT_MAX_BYTES,
  DOCUMENTS_PER_PROJECT,
  documentExtensions,
} from './documents.files';
import * as q from './documents.queries';
import type { DocumentUploadQuery } from './documents.schemas';
import { trustFundScope } from './trust-funds.access';
import type { Project } from './trust-funds.schemas';

export type ProjectDocument = Project['documents'][number];

/** An uploaded file; the content is not enumerable so that input guards walking the body skip it. */
export interface UploadedDocument {
  readonly contentType: string;
  readonly content: Buffer;
}

export const documentTooLarge = () =>
  new AppError(413, 'tf_document.too_large', { limit: DOCUMENT_MAX_BYTES / (1024 * 1024) });
export const documentUnsupported = () =>
  new AppError(415, 'tf_document.unsupported_type', { types: documentExtensions.join(', ') });

/** A document's row (without its bytes) as the API shows it; the project page lists them so too. */
export function toDocument(
  row: Record<'id' | 'category' | 'titleEn' | 'titleFr' | 'fileName' | 'contentType', string> & {
    size: number;
    createdAt: string | Date;
  },
): ProjectDocument {
  return {
    id: row.id,
    category: row.category as DocumentCategory,
    title: { en: row.titleEn, fr: row.titleFr },
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** Both drivers' bytea (a Buffer from node-postgres, a Uint8Array from PGlite) as a Buffer. */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * A project's documents (agreements, proposals, reports): added and removed by trust-fund managers,
 * downloaded by whoever sees the project. The files are immutable: a new version is a new document.
 */
export function createTrustFundDocumentService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async upload(
      ctx: RequestContext,
      projectId: string,
      file: UploadedDocument | undefined,
      meta: DocumentUploadQuery,
    ): Promise<ProjectDocument> {
      assertCan(ctx.actor, 'trustfund.write');
      if (!file || file.content.length === 0) throw new AppError(400, 'tf_document.empty');
      if (file.content.length > DOCUMENT_MAX_BYTES) throw documentTooLarge();
      const verdict = checkDocumentFile(meta.fileName, file.contentType, file.content);
      if (!verdict.ok) {
        if (verdict.reason === 'unsupported_type') throw documentUnsupported();
        throw new AppError(422, 'tf_document.content_mismatch', { extension: verdict.extension });
      }
      return db.transaction(async (tx) => {
        // Locked: two uploads at once cannot both pass the count.
        const project = await q.selectVisibleProject(tx, trustFundScope(ctx.actor), projectId, true);
        if (!project) throw notFound('tf_project');
        if ((await q.countDocuments(tx, projectId)) >= DOCUMENTS_PER_PROJECT)
          throw conflict('tf_document.too_many', { max: DOCUMENTS_PER_PROJECT });
        const document = toDocument(
          await q.insertDocument(tx, {
            projectId,
            category: meta.category,
            titleEn: meta.titleEn,
            titleFr: meta.titleFr,
            fileName: verdict.fileName,
            contentType: verdict.contentType,
            size: file.content.length,
            content: file.content,
            uploadedBy: ctx.actor.userId,
            createdAt: clock.now(),
          }),
        );
        const { id: documentId, ...after } = document;
        await recordAudit(tx, ctx, clock, {
          action: 'tf_document.add',
          entityType: 'tf_project',
          entityId: projectId,
          partnerId: project.beneficiaryPartnerId,
          after: { documentId, ...after },
        });
        return document;
      });
    },

    /** The file, for whoever sees the project; an unknown and an invisible project are both 404. */
    async download(ctx: RequestContext, projectId: string, documentId: string) {
      assertCan(ctx.actor, 'trustfund.read');
      const project = await q.selectVisibleProject(db, trustFundScope(ctx.actor), projectId);
      if (!project) throw notFound('tf_project');
      const file = await q.selectDocumentFile(db, projectId, documentId);
      if (!file) throw notFound('tf_document');
      return { fileName: file.fileName, contentType: file.contentType, content: asBuffer(file.content) };
    },

    async remove(ctx: RequestContext, projectId: string, documentId: string) {
      assertCan(ctx.actor, 'trustfund.write');
      await db.transaction(async (tx) => {
        const project = await q.selectVisibleProject(tx, trustFundScope(ctx.actor), projectId, true);
        if (!project) throw notFound('tf_project');
        const row = await q.selectDocumentMeta(tx, projectId, documentId);
        if (!row) throw notFound('tf_document');
        await q.deleteDocument(tx, projectId, documentId);
        const { id: _id, ...before } = toDocument(row);
        await recordAudit(tx, ctx, clock, {
          action: 'tf_document.delete',
          entityType: 'tf_project',
          entityId: projectId,
          partnerId: project.beneficiaryPartnerId,
          before: { documentId, ...before },
        });
      });
    },
  };
}

export type TrustFundDocumentService = ReturnType<typeof createTrustFundDocumentService>;
