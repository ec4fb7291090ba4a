import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { FundPage, RatesPage } from './pages/trust-fund-pages';
import { Api, uniqueSuffix } from './support/api';
import { expectNoSeriousViolations } from './support/axe';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
test.use({ viewport: { width: 1280, height: 900 } });

test('a fund manager imports rates, records a pledge in yen and a payment in dollars, each at its value date’s rate', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.slow();
  mkdirSync(artifacts, { recursive: true });
  const suffix = uniqueSuffix();
  const manager = { email: `funds-${suffix}@e2e.entente.example`, password: 'fund-manager-password-2026' };
  const adminRequest = await playwright.request.newContext({ baseURL });
  const admin = await Api.signIn(adminRequest, e2eAdmin);
  await admin.createUser({ ...manager, displayName: `Henrik Larsen ${suffix}`, role: 'trust_fund_manager' });
  await adminRequest.dispose();

  const context = await browser.newContext();
  const page = await context.newPage();
  await new LoginPage(page).signIn(manager, 'en');

  // Rates of the week, in the ECB's layout; a line with a bad rate first: the file is refused whole.
  const rates = new RatesPage(page);
  await rates.goto();
  await expect(page.getByTestId('base-currency')).toContainText('EUR');
  const header = 'Date,USD,JPY,GBP,';
  await rates.chooseFile('eurofxref-week.csv', [
    header,
    '2026-03-06,1.0850,161.50,0.8402,',
    '2026-03-05,1.0832,abc,0.8399,',
  ]);
  await rates.check().click();
  await expect(rates.problems()).toHaveCount(1);
  await expect(rates.problems().first()).toContainText('3');
  await rates.chooseFile('eurofxref-week.csv', [
    header,
    '2026-03-06,1.0850,161.50,0.8402,',
    '2026-03-05,1.0832,161.20,0.8399,',
    '2026-03-04,1.0815,160.90,0.8391,',
  ]);
  await rates.check().click();
  await expect(rates.importButton()).toBeEnabled();
  await rates.importButton().click();
  await expect(rates.imports().first()).toContainText('eurofxref-week.csv');

  // The Afghan National Army Trust Fund: Japan pledges JPY 150 million, then pays USD 1 million.
  const fund = new FundPage(page);
  await fund.open('ANA-TF');
  await fund.record({
    type: /^Pledge$/,
    donor: { option: /^Japan/, typed: 'Japan' },
    amount: '150000000',
    currency: { option: /^JPY/, typed: 'JPY' },
    valueDate: '2026-03-04',
    earmark: `Literacy ${suffix}`,
  });
  const pledge = fund.row(`Literacy ${suffix}`);
  await expect(pledge).toHaveCount(1);
  await expect(pledge).toContainText('JPY 150,000,000');
  await expect(fund.rateOf(pledge)).toContainText(/1 EUR = 160\.90? JPY/);

  // Saturday 7 March: no rate that day; Friday's is used, and the row says so.
  await fund.record({
    type: /^Contribution received$/,
    donor: { option: /^Japan/, typed: 'Japan' },
    amount: '1000000.00',
    currency: { option: /^USD/, typed: 'USD' },
    valueDate: '2026-03-07',
    earmark: `Payment ${suffix}`,
  });
  const payment = fund.row(`Payment ${suffix}`);
  await expect(payment).toContainText('USD 1,000,000.00');
  await expect(fund.rateOf(payment)).toContainText(/1 EUR = 1\.0850? USD/);
  await expect(payment.getByTestId('transaction-rate-note')).toContainText(
    'Latest rate before the value date',
  );
  await page.screenshot({ path: join(artifacts, 'trust-fund-en.png'), fullPage: true });

  // A value date with no rate within the week is refused, naming the currency and the date.
  await page.getByTestId('record-transaction').click();
  await fund.choose(/^(Type)/, /^Contribution received$/);
  await fund.choose(/^Donor/, /^Japan/, 'Japan');
  await fund.form().getByTestId('transaction-amount-input').fill('5.00');
  // No Swedish krona in the rate table at all.
  await fund.choose(/^Currency/, /^SEK/, 'SEK');
  const date = fund.form().getByRole('textbox', { name: /^Value date/ });
  await date.fill('2026-03-06');
  await date.press('Tab');
  await fund
    .form()
    .getByRole('button', { name: /^Record/ })
    .click();
  await expect(fund.form().getByTestId('rate-missing')).toContainText('SEK');

  // The donor report for March 2026, in euros: the pledge is not money received, and the payment
  // fulfils no pledge, so the whole pledge is outstanding. Each amount at its value date's rate:
  // 150,000,000 / 160.90 = 932,256.0597 and 1,000,000 / 1.0850 = 921,658.9862.
  await page.goto('/trust-funds');
  await page.getByTestId('trust-fund-reports-link').click();
  await expect(page).toHaveURL(/\/trust-fund-reports/);
  await page.goto('/trust-fund-reports?currency=EUR&from=2026-03-01&to=2026-03-31');
  const table = page.getByTestId('contributions-table');
  const japan = table.getByTestId('donor-row').filter({ hasText: /^(Japan|Japon)/ });
  await expect(japan.getByTestId('pledged')).toHaveText('EUR 932,256.06');
  await expect(japan.getByTestId('received')).toHaveText('EUR 921,658.99');
  await expect(japan.getByTestId('outstanding')).toHaveText('EUR 932,256.06');
  await expect(page.getByTestId('rates-note')).toContainText('ECB');
  await expect(page.getByTestId('report-chart')).toBeVisible();
  await expectNoSeriousViolations(page, 'the contributions report');
  await page.screenshot({ path: join(artifacts, 'trust-fund-report-en.png'), fullPage: true });

  // The same report in French: amounts as a French reader writes them.
  await new LoginPage(page).shell.switchLanguage('fr');
  await expect(japan.getByTestId('pledged')).toHaveText('932 256,06 €');
  await expect(japan.getByTestId('received')).toHaveText('921 658,99 €');
  await expect(page.getByTestId('rates-note')).toContainText('ECB');
  await page.screenshot({ path: join(artifacts, 'trust-fund-report-fr.png'), fullPage: true });
  await context.close();
});
