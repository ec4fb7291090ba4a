import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { FundEditForm, OrganisationsPage, ProjectDocumentsSection } from './pages/trust-fund-pages';
import { Api, uniqueSuffix } from './support/api';
import { expectNoSeriousViolations } from './support/axe';

test.use({ viewport: { width: 1280, height: 900 } });

/** A small PDF made here, with bytes of every value so that the round trip is checked byte for byte. */
const pdf = Buffer.concat([
  Buffer.from('%PDF-1.4\n%', 'latin1'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from('\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
]);

test('a fund manager adds a document to a project, downloads the same bytes, removes it, and renames the fund', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const suffix = uniqueSuffix();
  const manager = { email: `docs-${suffix}@e2e.entente.example`, password: 'fund-manager-password-2026' };
  const adminRequest = await playwright.request.newContext({ baseURL });
  const admin = await Api.signIn(adminRequest, e2eAdmin);
  await admin.createUser({ ...manager, displayName: `Ingrid Holm ${suffix}`, role: 'trust_fund_manager' });
  const fund = await admin.post<{ id: string }>('/trust-funds', {
    code: `DOCS-${suffix}`,
    name: { en: `Documents fund ${suffix}`, fr: `Fonds des documents ${suffix}` },
    currency: 'EUR',
  });
  const project = await admin.post<{ id: string }>('/trust-fund-projects', {
    fundId: fund.id,
    code: `DOCS-P-${suffix}`,
    title: { en: `Depot clearance ${suffix}`, fr: `Dépollution du dépôt ${suffix}` },
    beneficiaryCountry: 'GE',
  });
  await adminRequest.dispose();

  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await new LoginPage(page).signIn(manager, 'en');

  await page.goto(`/trust-fund-projects/${project.id}`);
  const documents = new ProjectDocumentsSection(page);
  await expect(documents.section()).toContainText('No document.');
  await documents.upload({
    name: 'funding-agreement.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
    titleEn: 'Funding agreement',
  });
  await expect(documents.items().first()).toContainText('funding-agreement.pdf');
  expect((await documents.download('Funding agreement')).equals(pdf)).toBe(true);
  await expectNoSeriousViolations(page, 'the project page with its documents');

  // A file that is not what its name says is refused, in words.
  await documents
    .section()
    .locator('input[type="file"]')
    .setInputFiles({
      name: 'not-a.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html>not a PDF</html>'),
    });
  await documents.section().getByTestId('document-upload').click();
  await expect(documents.section().getByRole('alert')).toContainText('not of that type');

  await documents.remove('Funding agreement');
  await expect(documents.section()).toContainText('No document.');

  // The fund's name, changed from its page.
  await page.goto(`/trust-funds/${fund.id}`);
  await new FundEditForm(page).rename(`Documents fund ${suffix} (renamed)`);
  await expect(page.getByTestId('fund-title')).toContainText(`Documents fund ${suffix} (renamed)`);
  await context.close();
});

test('a fund manager finds an organisation from the trust-funds page and renames it', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const suffix = uniqueSuffix();
  const manager = { email: `orgs-${suffix}@e2e.entente.example`, password: 'fund-manager-password-2026' };
  const adminRequest = await playwright.request.newContext({ baseURL });
  const admin = await Api.signIn(adminRequest, e2eAdmin);
  await admin.createUser({ ...manager, displayName: `Odile Berg ${suffix}`, role: 'trust_fund_manager' });
  await admin.post('/organisations', {
    kind: 'agency',
    name: { en: `Depot agency ${suffix}`, fr: `Agence des dépôts ${suffix}` },
  });
  await adminRequest.dispose();

  const context = await browser.newContext();
  const page = await context.newPage();
  await new LoginPage(page).signIn(manager, 'en');
  await page.goto('/trust-funds');
  await page.getByTestId('organisations-link').click();
  const organisations = new OrganisationsPage(page);
  await expect(page).toHaveURL(/\/organisations/);
  await organisations.search(suffix);
  await expect(organisations.rows()).toHaveCount(1);
  await organisations.rename(`Depot agency ${suffix}`, `Depot clearance agency ${suffix}`);
  await expect(organisations.rows().first()).toContainText(`Depot clearance agency ${suffix}`);
  await expectNoSeriousViolations(page, 'the organisations page');
  await context.close();
});
