import { preconditionFailed, preconditionRequired } from './errors';

export { etagFor } from '../shared/etag';

/** The version a caller last read, from If-Match; 428 without it, 412 when it names another record. */
export function expectedVersion(ifMatch: string | undefined, id: string): number {
  if (!ifMatch) throw preconditionRequired();
  const match = /^(?:W\/)?"([0-9a-f-]{36})\.(\d{1,9})"$/i.exec(ifMatch.trim());
  if (!match || match[1]!.toLowerCase() !== id.toLowerCase()) throw preconditionFailed();
  return Number(match[2]);
}
