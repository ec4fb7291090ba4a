import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { ProgrammePage } from './pages/programme-page';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');

// The size of the README's screenshots.
test.use({ viewport: { width: 1280, height: 900 } });

test("Japan's 2014 programme page in English and in French (docs/screenshots)", async ({ page }) => {
  const login = new LoginPage(page);
  await login.signIn(e2eAdmin, 'en');
  const found = await page.request.get('/api/v1/programmes?q=Japan&sort=startsOn');
  expect(found.status()).toBe(200);
  const { items } = (await found.json()) as { items: { id: string; agreedOn: string | null }[] };
  const japan = items.find((item) => item.agreedOn === '2014-05-06');
  if (!japan) throw new Error("the demo data has no programme of Japan's agreed on 6 May 2014");

  const programme = new ProgrammePage(page);
  await programme.goto(japan.id);
  await expect(programme.agreement()).toContainText('Concluded on 6 May 2014 — for Japan: ');
  await expect(programme.objectives().first()).toBeVisible();
  await expect(page.getByTestId('coverage-objective').first()).toBeVisible();
  await page.screenshot({ path: join(screenshots, 'programme-en.png') });

  await login.shell.switchLanguage('fr');
  await expect(programme.agreement()).toContainText('Conclu le 6 mai 2014 — pour le partenaire (Japon) : ');
  await expect(page.getByRole('heading', { level: 2, name: 'Objectifs' })).toBeVisible();
  await page.screenshot({ path: join(screenshots, 'programme-fr.png') });
});
