import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/** What people type: the date as the field shows it (`9 Mar 2027`, `9 mars 2027`), ISO, or day/month/year. */
const typedFormats = ['YYYY-MM-DD', 'D MMM YYYY', 'D MMMM YYYY', 'D/M/YYYY', 'D.M.YYYY', 'D-M-YYYY'];

/**
 * A typed date as `YYYY-MM-DD`, or null when it is not one. Strict, so `31/2/2027` is refused rather
 * than rolled over to March; the date input's own parser reads English month names only.
 */
export function parseTypedDate(input: string, locale: string): string | null {
  const text = input.trim();
  for (const format of typedFormats) {
    const parsed = dayjs(text, format, locale, true);
    if (parsed.isValid()) return parsed.format('YYYY-MM-DD');
  }
  return null;
}
