import { foldForSearch, pickText } from '../../../core/bilingual';
import type { Locale } from '../../../shared/enums';
import type { Organisation } from './trust-funds.api';

/**
 * The organisations a search names, by name in the reader's language: a few hundred at most, so the
 * page filters what the pickers already loaded. A search matches either name, the ISO code or the
 * IATI identifier, with or without accents.
 */
export function filterOrganisations(items: Organisation[], query: string, locale: Locale): Organisation[] {
  const wanted = foldForSearch(query.trim());
  const matches = wanted
    ? items.filter((o) =>
        foldForSearch([o.name.en, o.name.fr, o.isoCode ?? '', o.iatiRef ?? ''].join(' ')).includes(wanted),
      )
    : items;
  const label = (o: Organisation) => pickText(o.name, locale).text;
  return [...matches].sort((a, b) => label(a).localeCompare(label(b), locale));
}
