import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { MenuCalendarPage } from './pages/menu-calendar-page';
import { MenuCataloguePage } from './pages/menu-catalogue-page';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const year = new Date().getFullYear();

// The size of the README's screenshots (docs/screenshots/).
test.use({ viewport: { width: 1280, height: 800 } });

test('the menu catalogue and calendar in English and in French (screenshots kept as artifacts)', async ({
  page,
}) => {
  mkdirSync(artifacts, { recursive: true });
  const login = new LoginPage(page);
  await login.signIn(e2eAdmin, 'en');

  const catalogue = new MenuCataloguePage(page);
  await catalogue.goto();
  await expect(page.getByTestId('menu-year-shown')).toHaveText(`Menu year ${year}`);
  await expect(catalogue.count()).toHaveText(/^[\d,]+ activities$/);
  await expect(catalogue.results()).toHaveCount(25);
  await expect(catalogue.facetValue('area', 'Cyber defence')).toBeVisible();
  await expect(catalogue.facetValue('kind', 'Course')).toBeVisible();
  await page.screenshot({ path: join(artifacts, 'menu-catalogue-en.png') });

  const calendar = new MenuCalendarPage(page);
  await calendar.goto(`${year}-03`);
  await expect(calendar.monthTitle()).toHaveText(`March ${year}`);
  await expect(calendar.events().first()).toBeVisible();
  await page.screenshot({ path: join(artifacts, 'menu-calendar-en.png') });

  await login.shell.switchLanguage('fr');
  await expect(calendar.heading()).toHaveText('Calendrier du menu');
  await expect(calendar.monthTitle()).toHaveText(`Mars ${year}`);
  await expect(calendar.events().first()).toBeVisible();
  await page.screenshot({ path: join(artifacts, 'menu-calendar-fr.png') });

  await catalogue.goto();
  await expect(catalogue.heading()).toHaveText('Menu de coopération');
  await expect(page.getByTestId('menu-year-shown')).toHaveText(`Menu ${year}`);
  await expect(catalogue.count()).toHaveText(/^[\d\s\u202f]+ activités$/);
  await expect(catalogue.results()).toHaveCount(25);
  await expect(catalogue.facetValue('area', 'Cyberdéfense')).toBeVisible();
  await expect(catalogue.facetValue('kind', 'Cours')).toBeVisible();
  await page.screenshot({ path: join(artifacts, 'menu-catalogue-fr.png') });
});
