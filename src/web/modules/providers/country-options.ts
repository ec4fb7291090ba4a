import type { Locale } from '../../../shared/enums';
import { iso3166Alpha2 } from '../../../shared/iso3166';
import { toIntlLocale } from '../../lib/format';

const cache = new Map<Locale, { value: string; label: string }[]>();

/** Every ISO 3166 country for a select, named in the UI language (the browser knows the names). */
export function countryOptions(locale: Locale): { value: string; label: string }[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([toIntlLocale(locale)], { type: 'region' });
  } catch {
    names = null;
  }
  const options = [...iso3166Alpha2]
    .map((code) => ({ value: code, label: `${names?.of(code) ?? code} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, toIntlLocale(locale)));
  cache.set(locale, options);
  return options;
}
