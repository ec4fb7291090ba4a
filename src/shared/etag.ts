/**
 * The strong ETag of a record at a version. The server sends it; the web app builds it from the
 * version a list gave it, so both sides must agree on the form: this is the one place it lives.
 */
export function etagFor(id: string, version: number): string {
  return `"${id}.${version}"`;
}
