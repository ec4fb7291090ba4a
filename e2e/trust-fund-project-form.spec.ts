import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { Api, uniqueSuffix } from './support/api';
import { expectNoSeriousViolations } from './support/axe';

test.use({ viewport: { width: 1280, height: 900 } });

test('a fund manager adds a project with a budget line and an indicator, and reads them on its page', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const suffix = uniqueSuffix();
  const manager = { email: `project-${suffix}@e2e.entente.example`, password: 'fund-manager-password-2026' };
  const adminRequest = await playwright.request.newContext({ baseURL });
  const admin = await Api.signIn(adminRequest, e2eAdmin);
  await admin.createUser({ ...manager, displayName: `Pia Laine ${suffix}`, role: 'trust_fund_manager' });
  const fund = await admin.post<{ id: string }>('/trust-funds', {
    code: `PRJ-${suffix}`,
    name: { en: `Project fund ${suffix}`, fr: `Fonds des projets ${suffix}` },
    currency: 'EUR',
  });
  await adminRequest.dispose();

  const context = await browser.newContext();
  const page = await context.newPage();
  await new LoginPage(page).signIn(manager, 'en');
  await page.goto(`/trust-funds/${fund.id}`);
  await page.getByTestId('new-project').click();
  const form = page.getByTestId('project-form');
  await form.getByRole('textbox', { name: 'Code' }).fill(`AZ-UXO-${suffix}`);
  await form.getByRole('textbox', { name: 'Title (English)' }).fill('Clearance of unexploded ordnance');
  await form.getByRole('textbox', { name: 'Title (French)' }).fill('Dépollution des munitions non explosées');
  const country = form.getByRole('combobox', { name: 'Beneficiary country' });
  await country.click();
  await country.fill('Azerb');
  await page
    .getByRole('option', { name: /Azerbaijan/ })
    .first()
    .click();

  await form.getByRole('button', { name: 'Add a budget line' }).click();
  await form.getByRole('textbox', { name: 'Amount' }).fill('1250000.00');
  await form.getByRole('button', { name: 'Add an indicator' }).click();
  const indicator = form.getByTestId('indicator-form-row');
  await indicator.getByRole('textbox', { name: 'Indicator (English)' }).fill('Area cleared');
  await indicator.getByRole('textbox', { name: 'Indicator (French)' }).fill('Surface dépolluée');
  await indicator.getByRole('textbox', { name: 'Period 1: target' }).fill('571');
  await indicator.getByRole('textbox', { name: 'Period 1: actual' }).fill('571');
  await expectNoSeriousViolations(page, 'the project form with a budget line and an indicator');

  // A removed line is gone before saving.
  await form.getByRole('button', { name: 'Add a budget line' }).click();
  await expect(form.getByTestId('budget-form-row')).toHaveCount(2);
  await form.getByRole('button', { name: 'Remove budget line 2' }).click();
  await expect(form.getByTestId('budget-form-row')).toHaveCount(1);

  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/trust-fund-projects\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('budget-row')).toHaveCount(1);
  await expect(page.getByTestId('budget-table')).toContainText('1,250,000.00');
  await expect(page.getByTestId('indicator')).toContainText('Area cleared');
  await expect(page.getByTestId('indicator-actual').first()).toContainText('571');
  await context.close();
});
