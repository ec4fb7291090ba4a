import { and, count, eq, sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../../db/client';
import { tfDocuments } from '../../db/schema';
import { releasedSql, type TrustFundScope } from './trust-funds.access';

/** The columns a document's description needs (never the content). */
const metaColumns = {
  id: tfDocuments.id,
  projectId: tfDocuments.projectId,
  category: tfDocuments.category,
  titleEn: tfDocuments.titleEn,
  titleFr: tfDocuments.titleFr,
  fileName: tfDocuments.fileName,
  contentType: tfDocuments.contentType,
  size: tfDocuments.size,
  createdAt: tfDocuments.createdAt,
};

/** A project the caller may see, with the partner its audit events are filed under; locked on request. */
export async function selectVisibleProject(
  tx: Executor,
  scope: TrustFundScope,
  id: string,
  lock = false,
): Promise<{ id: string; beneficiaryPartnerId: string | null } | undefined> {
  const visible = releasedSql(scope, {
    releasability: sql`tp.releasability`,
    releasableTo: sql`tp.releasable_to`,
  });
  const [row] = await selectRows<{ id: string; beneficiaryPartnerId: string | null }>(
    tx,
    sql`select tp.id, tp.beneficiary_partner_id as "beneficiaryPartnerId" from tf_projects tp
        where tp.id = ${id}::uuid and ${visible} ${lock ? sql`for update` : sql``}`,
  );
  return row;
}

export async function countDocuments(tx: Executor, projectId: string) {
  const [row] = await tx.select({ n: count() }).from(tfDocuments).where(eq(tfDocuments.projectId, projectId));
  return row?.n ?? 0;
}

export async function insertDocument(tx: Executor, values: typeof tfDocuments.$inferInsert) {
  const [row] = await tx.insert(tfDocuments).values(values).returning(metaColumns);
  return row!;
}

export async function selectDocumentMeta(tx: Executor, projectId: string, documentId: string) {
  const [row] = await tx
    .select(metaColumns)
    .from(tfDocuments)
    .where(and(eq(tfDocuments.id, documentId), eq(tfDocuments.projectId, projectId)))
    .limit(1);
  return row;
}

export async function selectDocumentFile(tx: Executor, projectId: string, documentId: string) {
  const [row] = await tx
    .select({
      fileName: tfDocuments.fileName,
      contentType: tfDocuments.contentType,
      content: tfDocuments.content,
    })
    .from(tfDocuments)
    .where(and(eq(tfDocuments.id, documentId), eq(tfDocuments.projectId, projectId)))
    .limit(1);
  return row;
}

export async function deleteDocument(tx: Executor, projectId: string, documentId: string) {
  await tx
    .delete(tfDocuments)
    .where(and(eq(tfDocuments.id, documentId), eq(tfDocuments.projectId, projectId)));
}
