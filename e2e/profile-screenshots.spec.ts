import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { PartnerProfilePage } from './pages/partner-profile-page';
import { findPartnerId } from './support/api';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');

test.use({ viewport: { width: 1280, height: 900 } });

test('the partner profile in English and in French (screenshots kept as artifacts)', async ({ page }) => {
  mkdirSync(artifacts, { recursive: true });
  const login = new LoginPage(page);
  await login.signIn(e2eAdmin, 'en');
  const japan = await findPartnerId(page.request, 'Japan');
  const profile = new PartnerProfilePage(page);
  await profile.goto(japan);

  await expect(profile.title()).toHaveText('Japan');
  await expect(page.getByRole('heading', { name: 'Key milestones' })).toBeVisible();
  // Dates follow the precision they were recorded with, in English.
  await expect(profile.milestones().filter({ hasText: 'concluded' }).locator('time')).toHaveText(
    '6 May 2014',
  );
  await expect(
    profile.milestones().filter({ hasText: 'Joint political declaration' }).locator('time'),
  ).toHaveText('April 2013');
  await page.screenshot({ path: join(artifacts, 'partner-profile-en.png'), fullPage: true });

  await login.shell.switchLanguage('fr');
  await expect(profile.title()).toHaveText('Japon');
  await expect(page.getByRole('heading', { name: 'Étapes clés' })).toBeVisible();
  await expect(profile.milestones().filter({ hasText: 'conclu' }).locator('time')).toHaveText('6 mai 2014');
  await expect(
    profile.milestones().filter({ hasText: 'Déclaration politique conjointe' }).locator('time'),
  ).toHaveText('avril 2013');
  await page.screenshot({ path: join(artifacts, 'partner-profile-fr.png'), fullPage: true });
});
