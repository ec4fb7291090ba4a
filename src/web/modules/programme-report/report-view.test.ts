import { MantineProvider } from '@mantine/core';
import i18n from 'i18next';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import type { ReportBody, ReportLine } from './report.api';
import { ReportView } from './report-view';

const cyber = {
  id: '6f1c0d5e-8a3b-4c2d-9e1f-0a1b2c3d4e5f',
  code: 'CYBER',
  name: { en: 'Cyber defence', fr: 'Cyberdéfense' },
};
const line = (year: number | null, planned: number, outside = false): ReportLine => ({
  area: outside ? null : cyber,
  outsideProgrammes: outside,
  year,
  planned,
  nominated: 2,
  accepted: 1,
  attended: 1,
});
const report: ReportBody = {
  lines: [line(2027, 3), line(2027, 0, true)],
  byArea: [line(null, 3), line(null, 0, true)],
  byYear: [{ year: 2027, planned: 3, nominated: 4, accepted: 2, attended: 2 }],
  totals: { planned: 3, nominated: 4, accepted: 2, attended: 2 },
};

const render = (body: ReportBody) =>
  renderToString(createElement(MantineProvider, null, createElement(ReportView, { report: body })));

describe('the report page’s figures', () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({
      resources: { en: { translation: en }, fr: { translation: fr } },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
  });

  it('shows the totals and the tables by area and year, with the outside line named', async () => {
    await i18n.changeLanguage('en');
    const html = render(report);
    for (const text of [
      'Cyber defence',
      'Outside programmes',
      'All years',
      'By area and year',
      '67 % of the people planned',
    ])
      expect(html).toContain(text);
    expect(html).toContain('data-testid="report-total"');
  });

  it('speaks French when the page does', async () => {
    await i18n.changeLanguage('fr');
    const html = render(report);
    for (const text of ['Cyberdéfense', 'Hors programmes', 'Toutes les années', 'Présents'])
      expect(html).toContain(text);
  });

  it('says so when there is nothing to report', async () => {
    await i18n.changeLanguage('en');
    const html = render({ lines: [], byArea: [], byYear: [], totals: report.totals });
    expect(html).toContain('Nothing planned or nominated yet.');
  });
});
