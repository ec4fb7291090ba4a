import { z } from 'zod';

/**
 * The transactions list's keyset cursor: the sort keys of the last row of a page (value date, creation
 * time to the microsecond, id), as base64url of a small JSON object. It is opaque to clients but not
 * secret: it only says where the next page starts, and the query still applies the caller's scope, so a
 * forged cursor can move a reader within its own rows and never beyond them. Browser-safe (atob/btoa,
 * no Buffer): the query schema that decodes it is shared with the web app.
 */
export interface TransactionCursor {
  valueDate: string;
  /** UTC, with PostgreSQL's six decimals: a JS Date (milliseconds) would skip or repeat rows. */
  createdAt: string;
  id: string;
}

const microTimestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
  // The regex lets 31 February through; a date that does not survive the round trip is not one.
  .refine((value) => {
    const millis = `${value.slice(0, 23)}Z`;
    const parsed = new Date(millis);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString() === millis;
  });

const keysSchema = z.strictObject({ v: z.iso.date(), c: microTimestamp, i: z.uuid() });

const toBase64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fromBase64Url(value: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const padded = value.replace(/-/g, '+').replace(/_/g, '/');
  try {
    return atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  } catch {
    return null;
  }
}

export function encodeTransactionCursor(cursor: TransactionCursor): string {
  return toBase64Url(JSON.stringify({ v: cursor.valueDate, c: cursor.createdAt, i: cursor.id }));
}

/** The cursor's keys, or null when it is not one this API wrote (malformed, truncated, tampered with). */
export function decodeTransactionCursor(value: string): TransactionCursor | null {
  const text = fromBase64Url(value);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const keys = keysSchema.safeParse(json);
  if (!keys.success) return null;
  return { valueDate: keys.data.v, createdAt: keys.data.c, id: keys.data.i.toLowerCase() };
}

/**
 * The `cursor` query parameter: a bad one is a 400 `request.invalid` naming the field, in the caller's
 * language, like any other bad parameter (its message key falls back to the generic "invalid value").
 */
export const transactionCursorField = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const cursor = decodeTransactionCursor(value);
    if (!cursor) {
      ctx.addIssue({ code: 'custom', message: 'cursor.invalid', input: value });
      return z.NEVER;
    }
    return cursor;
  });
