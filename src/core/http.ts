import { preconditionFailed, preconditionRequired } from './errors';

export { etagFor } from '../shared/etag';

/** The version a caller last read, from If-Match; 428 without it, 412 when it names another record. */
export function expectedVersion(ifMatch: string | undefined, id: string): number {
  if (!ifMatch) throw preconditionRequired();
  const match = /^(?:W\/)?"([0-9a-f-]{36})\.(\d{1,9})"$/i.exec(ifMatch.trim());
  if (!match || match[1]!.toLowerCase() !== id.toLowerCase()) throw preconditionFailed();
  return Number(match[2]);
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266 / RFC 8187). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
