import { describe, expect, it } from 'vitest';
import { filterOrganisations } from './organisations-list';
import type { Organisation } from './trust-funds.api';

const organisation = (
  id: string,
  en: string,
  fr: string,
  extra: Partial<Organisation> = {},
): Organisation => ({
  id,
  kind: 'member_state',
  partnerId: null,
  isoCode: null,
  name: { en, fr },
  iatiRef: null,
  iatiType: null,
  version: 1,
  ...extra,
});

const items = [
  organisation('1', 'Norway', 'Norvège', { isoCode: 'NO', iatiRef: 'XM-DAC-8' }),
  organisation('2', 'Germany', 'Allemagne', { isoCode: 'DE' }),
  organisation('3', 'NATO Support and Procurement Agency', 'Agence OTAN de soutien', { kind: 'agency' }),
];

describe('organisations list', () => {
  it('sorts by the name in the reader’s language', () => {
    expect(filterOrganisations(items, '', 'en').map((o) => o.id)).toEqual(['2', '3', '1']);
    expect(filterOrganisations(items, '', 'fr').map((o) => o.id)).toEqual(['3', '2', '1']);
  });

  it('finds either name without accents, the ISO code and the IATI identifier', () => {
    expect(filterOrganisations(items, 'norvege', 'en').map((o) => o.id)).toEqual(['1']);
    expect(filterOrganisations(items, ' ALLEM ', 'en').map((o) => o.id)).toEqual(['2']);
    expect(filterOrganisations(items, 'xm-dac-8', 'fr').map((o) => o.id)).toEqual(['1']);
    expect(filterOrganisations(items, 'de', 'en').map((o) => o.id)).toEqual(['2', '3']);
    expect(filterOrganisations(items, 'nothing like it', 'en')).toEqual([]);
  });
});
