/**
 * What a project document may be: the file types taken, each known by its extension and checked by
 * how its content begins (no `file-type` dependency: a few signatures are enough for these types).
 */
import { documentContentTypes, documentExtensions } from './documents.schemas';

/** An agreement or a report with its annexes, scanned: generous, yet a bound on one bytea row. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
/** A bound on what one project stores. */
export const DOCUMENTS_PER_PROJECT = 200;

const startsWith = (bytes: number[]) => (c: Buffer) =>
  c.length >= bytes.length && bytes.every((b, i) => c[i] === b);
/** DOCX, XLSX, PPTX, ODT and ODS are ZIP packages. */
const zip = startsWith([0x50, 0x4b, 0x03, 0x04]);
/** DOC, XLS and PPT (Office 97–2003) are OLE compound files. */
const ole = startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Plain text: valid UTF-8 without a NUL. */
const utf8Text = (c: Buffer) => !c.includes(0) && Buffer.from(c.toString('utf8'), 'utf8').equals(c);

/** How each type's content begins (checked on upload), by extension. */
const signatures: Record<string, (content: Buffer) => boolean> = {
  pdf: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]),
  docx: zip,
  xlsx: zip,
  pptx: zip,
  odt: zip,
  ods: zip,
  doc: ole,
  xls: ole,
  png: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: startsWith([0xff, 0xd8, 0xff]),
  jpeg: startsWith([0xff, 0xd8, 0xff]),
  txt: utf8Text,
  csv: utf8Text,
};

export { documentExtensions };

const extensionOf = (name: string) => /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** A name safe in a Content-Disposition header and on any disk: no path, no control or quote characters. */
export function cleanFileName(requested: string | undefined): string {
  return (
    (requested ?? '')
      .split(/[\\/]/)
      .pop()!
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '')
      .trim()
      // A name of dots only would become a hidden file or a path step somewhere.
      .replace(/^\.+/, '')
      .slice(-200)
  );
}

export type FileVerdict =
  | { ok: true; fileName: string; contentType: string }
  | { ok: false; reason: 'unsupported_type' | 'content_mismatch'; extension: string };

/**
 * The stored name and type of an upload: the name's extension decides the type (browsers say
 * `application/octet-stream` or a spreadsheet's type for a CSV); a name without a known extension takes
 * the declared type's. The content must then begin as that type does.
 */
export function checkDocumentFile(
  requestedName: string | undefined,
  declaredType: string,
  content: Buffer,
): FileVerdict {
  let fileName = cleanFileName(requestedName);
  let extension = extensionOf(fileName);
  if (!documentContentTypes[extension]) {
    const byType = documentExtensions.find((e) => documentContentTypes[e] === declaredType);
    if (!byType) return { ok: false, reason: 'unsupported_type', extension };
    extension = byType;
    fileName = `${fileName || 'document'}.${extension}`;
  }
  if (!signatures[extension]?.(content)) return { ok: false, reason: 'content_mismatch', extension };
  return { ok: true, fileName, contentType: documentContentTypes[extension]! };
}
