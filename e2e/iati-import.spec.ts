import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { Api, uniqueSuffix } from './support/api';
import { expectNoSeriousViolations } from './support/axe';

test.use({ viewport: { width: 1280, height: 900 } });

/** Another publisher's file: a fund (hierarchy 1) and one of its projects (2), in both languages. */
const iatiFile = (fund: string, broken = false) => `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2026-11-25T08:00:00Z">
  <iati-activity default-currency="${broken ? 'XYZ' : 'EUR'}" hierarchy="1" xml:lang="en">
    <iati-identifier>${fund}</iati-identifier>
    <reporting-org ref="XM-E2E" type="10"><narrative>E2E publisher</narrative></reporting-org>
    <title><narrative xml:lang="en">Depot safety fund</narrative><narrative xml:lang="fr">Fonds pour la sûreté des dépôts</narrative></title>
    <activity-status code="2"/>
    <activity-date type="2" iso-date="2020-01-01"/>
  </iati-activity>
  <iati-activity default-currency="EUR" hierarchy="2" xml:lang="en">
    <iati-identifier>${fund}-DEPOT</iati-identifier>
    <reporting-org ref="XM-E2E" type="10"><narrative>E2E publisher</narrative></reporting-org>
    <title><narrative xml:lang="en">Depot clearance</narrative><narrative xml:lang="fr">Dépollution du dépôt</narrative></title>
    <activity-status code="2"/>
    <activity-date type="2" iso-date="2021-03-01"/>
    <recipient-country code="GE"/>
    <related-activity ref="${fund}" type="1"/>
  </iati-activity>
</iati-activities>
`;

test('a fund manager checks an IATI file, sees a bad one refused by element, and imports it once', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const suffix = uniqueSuffix();
  const manager = { email: `iati-${suffix}@e2e.entente.example`, password: 'fund-manager-password-2026' };
  const adminRequest = await playwright.request.newContext({ baseURL });
  const admin = await Api.signIn(adminRequest, e2eAdmin);
  await admin.createUser({ ...manager, displayName: `Ines Moreau ${suffix}`, role: 'trust_fund_manager' });
  await adminRequest.dispose();
  const fund = `XM-E2E-${suffix}`.toUpperCase();

  const context = await browser.newContext();
  const page = await context.newPage();
  await new LoginPage(page).signIn(manager, 'en');
  await page.goto('/trust-funds');
  await page.getByTestId('iati-import-link').click();
  const section = page.getByTestId('iati-import');
  const choose = (text: string) =>
    section.locator('input[type="file"]').setInputFiles({
      name: 'activities.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(text),
    });

  // An unknown currency: refused with the element it is in, nothing written.
  await choose(iatiFile(fund, true));
  await page.getByTestId('iati-check').click();
  await expect(page.getByTestId('iati-problem').first()).toContainText(`iati-activity[${fund}]`);
  await expect(page.getByTestId('iati-run')).toBeDisabled();

  await choose(iatiFile(fund));
  await page.getByTestId('iati-check').click();
  const checked = page.getByTestId('iati-checked');
  await expect(checked).toContainText('Funds: 1 created, 0 updated, 0 unchanged');
  await expect(checked).toContainText('Projects: 1 created, 0 updated, 0 unchanged');
  await expectNoSeriousViolations(page, 'the IATI import page after a check');
  await page.getByTestId('iati-run').click();
  await expect(page.getByTestId('iati-imported')).toBeVisible();

  // The same file again changes nothing.
  await page.getByTestId('iati-check').click();
  await expect(page.getByTestId('iati-checked')).toContainText('Funds: 0 created, 0 updated, 1 unchanged');
  await expect(page.getByTestId('iati-checked')).toContainText('Projects: 0 created, 0 updated, 1 unchanged');

  await page.goto('/trust-funds');
  await expect(page.getByTestId('funds')).toContainText('Depot safety fund');
  await context.close();
});
