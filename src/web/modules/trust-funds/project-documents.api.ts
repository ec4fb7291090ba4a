import { useMutation, useQueryClient } from '@tanstack/react-query';
import { documentContentTypes, documentExtensions } from '../../../modules/trust-funds/documents.schemas';
import type { DocumentCategory } from '../../../shared/enums';
import { apiRequest, toQuery, uploadRaw } from '../../lib/api-client';
import { type ProjectDocument, trustFundKeys } from './trust-funds.api';

const documentsPath = (projectId: string) =>
  `/trust-fund-projects/${encodeURIComponent(projectId)}/documents`;

/** The download link of a document (an attachment: the browser saves it). */
export const documentUrl = (projectId: string, documentId: string) =>
  `/api/v1${documentsPath(projectId)}/${encodeURIComponent(documentId)}`;

/** What the file picker offers: the extensions the server takes. */
export const documentAccept = documentExtensions.map((e) => `.${e}`).join(',');

/** The type the server expects for a file's extension; the browser's guess otherwise. */
export function documentContentType(file: Pick<File, 'name' | 'type'>): string {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return documentContentTypes[extension] ?? (file.type || 'application/octet-stream');
}

export interface DocumentUpload {
  projectId: string;
  file: File;
  category: DocumentCategory;
  title: { en: string; fr: string };
}

export function useUploadDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, file, category, title }: DocumentUpload) =>
      uploadRaw<ProjectDocument>(
        `${documentsPath(projectId)}${toQuery({
          fileName: file.name,
          category,
          titleEn: title.en.trim(),
          titleFr: title.fr.trim(),
        })}`,
        file,
        { headers: { 'Content-Type': documentContentType(file) } },
      ),
    onSuccess: (_document, { projectId }) =>
      client.invalidateQueries({ queryKey: trustFundKeys.project(projectId) }),
  });
}

export function useDeleteDocument(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (document: ProjectDocument) => {
      await apiRequest<void>('DELETE', `${documentsPath(projectId)}/${encodeURIComponent(document.id)}`);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: trustFundKeys.project(projectId) }),
  });
}
