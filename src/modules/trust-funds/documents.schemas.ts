import { z } from 'zod';
import { documentCategories } from '../../shared/enums';

export { documentSchema } from './trust-funds.schemas';

/** The file types a project document may be, by extension (lower case); shared with the web app's picker. */
export const documentContentTypes: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  csv: 'text/csv',
};
export const documentExtensions = Object.keys(documentContentTypes);

export const documentParamsSchema = z.strictObject({ id: z.uuid(), documentId: z.uuid() });

/** What describes an upload, beside the file itself (the request body). */
export const documentUploadQuerySchema = z.strictObject({
  /** The name the file is downloaded under; its extension decides the type. */
  fileName: z.string().trim().min(1).max(255).optional(),
  category: z.enum(documentCategories).default('other'),
  titleEn: z.string().trim().max(300).default(''),
  titleFr: z.string().trim().max(300).default(''),
});
export type DocumentUploadQuery = z.output<typeof documentUploadQuerySchema>;
