import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { ActivityPage } from './pages/activity-page';
import { LoginPage } from './pages/login-page';
import { MenuCataloguePage } from './pages/menu-catalogue-page';
import { MenuImportPage } from './pages/menu-import-page';
import { Api, uniqueSuffix } from './support/api';
import { parseFeed } from './support/ics';
import { englishHeaders, frenchHeaders, writeMenuXlsx } from './support/menu-spreadsheet';

const year = new Date().getFullYear();

test('a provider imports a spreadsheet and publishes an activity; a partner liaison finds it in French and subscribes', async ({
  browser,
  playwright,
  baseURL,
  request,
}, testInfo) => {
  // Two users, three browser sessions and two imports: longer than one screen's test.
  test.slow();
  // Arrange as an administrator would: a provider's account bound to the NSO, a liaison's bound to Japan.
  const suffix = uniqueSuffix().toUpperCase();
  const adminRequest = await playwright.request.newContext({ baseURL });
  const admin = await Api.signIn(adminRequest, e2eAdmin);
  const provider = { email: `provider-${suffix}@e2e.entente.example`, password: 'provider-password-2026' };
  const liaison = { email: `liaison-${suffix}@e2e.entente.example`, password: 'liaison-password-2026' };
  await admin.createUser({
    ...provider,
    displayName: `NSO registrar ${suffix}`,
    role: 'activity_provider',
    providerId: await admin.providerId('NSO'),
  });
  await admin.createUser({
    ...liaison,
    displayName: `Japan liaison ${suffix}`,
    role: 'partner_liaison',
    partnerId: await admin.partnerId('Japan'),
    locale: 'fr',
  });
  await adminRequest.dispose();

  // The provider's spreadsheet: one activity open to all, one for Georgia only, one internal.
  const code = {
    open: `NSO.E2E-${suffix}-1`,
    georgiaOnly: `NSO.E2E-${suffix}-2`,
    internal: `NSO.E2E-${suffix}-3`,
  };
  const common = {
    year: String(year),
    provider: 'NSO',
    kind: 'seminar',
    areas: 'CYBER',
    languages: 'en;fr',
    eligibility: 'all',
    releasability: 'public',
    start: `${year}-12-07`,
    end: `${year}-12-11`,
    city: 'Oberammergau',
    country: 'DE',
    seats: '12',
  };
  const goodFile = testInfo.outputPath('nso-menu.xlsx');
  await writeMenuXlsx(goodFile, englishHeaders, [
    {
      ...common,
      code: code.open,
      title_en: 'Network security and cyber defence',
      title_fr: 'Sécurité des réseaux et cyberdéfense',
      description_fr: 'Cinq jours pour protéger les réseaux d’un état-major.',
      deadline: `${year}-11-30`,
    },
    {
      ...common,
      code: code.georgiaOnly,
      title_en: 'Industrial network security',
      title_fr: 'Sécurité des réseaux industriels',
      eligibility: 'partners',
      eligible_partners: 'GE',
    },
    {
      ...common,
      code: code.internal,
      title_en: 'Network security: staff exercise',
      title_fr: 'Sécurité des réseaux : exercice d’état-major',
      releasability: 'internal',
    },
  ]);
  // French headers are accepted too; this row ends before it starts.
  const badFile = testInfo.outputPath('nso-menu-bad.xlsx');
  await writeMenuXlsx(badFile, frenchHeaders, [
    {
      code: `NSO.E2E-${suffix}-9`,
      année: String(year),
      fournisseur: 'NSO',
      type: 'course',
      titre_en: 'Incident response',
      titre_fr: 'Réponse aux incidents',
      domaines: 'CYBER',
      langues: 'fr',
      début: `${year}-12-10`,
      fin: `${year}-12-08`,
      ville: 'Oberammergau',
      pays: 'DE',
      places: '10',
    },
  ]);

  const providerContext = await browser.newContext();
  const providerPage = await providerContext.newPage();
  const login = new LoginPage(providerPage);
  await login.signIn(provider, 'en');
  const importPage = new MenuImportPage(providerPage);

  await test.step('a dry run reports a bad row by row and column, in the user’s language', async () => {
    await importPage.goto();
    await importPage.chooseFile(badFile);
    await expect(importPage.commitButton()).toBeDisabled();
    await importPage.dryRun();
    await expect(importPage.problemsAlert()).toContainText('1 problem');
    await expect(importPage.problemsAlert()).toContainText('Nothing was imported.');
    await expect(importPage.problemRows()).toHaveCount(1);
    await expect(importPage.problemRows().getByRole('cell')).toHaveText([
      '2',
      'fin',
      'The end date is before the start date.',
    ]);
    await expect(importPage.commitButton()).toBeDisabled();

    await login.shell.switchLanguage('fr');
    await importPage.dryRun();
    await expect(importPage.problemsAlert()).toContainText('1 problème');
    await expect(importPage.problemRows().getByRole('cell')).toHaveText([
      '2',
      'fin',
      'La date de fin précède la date de début.',
    ]);
    await login.shell.switchLanguage('en');
  });

  await test.step('a clean dry run, then the import', async () => {
    await importPage.chooseFile(goodFile);
    await importPage.dryRun();
    await expect(importPage.ready()).toContainText('Ready to import');
    await expect(importPage.ready()).toContainText('3 rows: 3 activities with 3 iterations.');
    await expect(importPage.problemRows()).toHaveCount(0);
    await expect(importPage.commitButton()).toHaveText('Import 3 activities');
    await importPage.commitButton().click();
    await expect(importPage.done()).toContainText('3 activities with 3 iterations were added as drafts.');
  });

  await test.step('the provider opens an imported activity and publishes it, then opens applications', async () => {
    await importPage.done().getByRole('link', { name: 'Open the menu' }).click();
    const catalogue = new MenuCataloguePage(providerPage);
    await catalogue.search(code.open);
    await expect(catalogue.result(code.open)).toContainText('Draft');
    await catalogue.openActivity(code.open);

    const activity = new ActivityPage(providerPage);
    await expect(activity.title()).toHaveText('Network security and cyber defence');
    await expect(activity.status()).toHaveText('Draft');
    await expect(activity.iterations()).toHaveCount(1);
    await expect(activity.iterations()).toContainText(new RegExp(`7\\s*–\\s*11 Dec ${year}`));
    await activity.statusButton(`Publish ${code.open}`).click();
    await expect(providerPage.getByText(`${code.open}: Published.`)).toBeVisible();
    await expect(activity.status()).toHaveText('Published');
    // Publishing the activity published its iteration too; applications open next.
    await expect(activity.iterations()).toContainText('Published');
    await activity.statusButton(`Open applications for ${code.open}`).click();
    await expect(activity.status()).toHaveText('Open for applications');
    await expect(activity.iterations()).toContainText('Open for applications');
  });
  await providerContext.close();

  // The two others are published too (through the API, as a script would): published, yet not for Japan.
  const providerRequest = await playwright.request.newContext({ baseURL });
  const providerApi = await Api.signIn(providerRequest, provider);
  for (const other of [code.georgiaOnly, code.internal]) {
    await providerApi.moveActivity(await providerApi.activityId(other, year), 'published');
  }
  await providerRequest.dispose();

  const liaisonContext = await browser.newContext();
  const liaisonPage = await liaisonContext.newPage();
  await new LoginPage(liaisonPage).signIn(liaison, 'fr');
  const catalogue = new MenuCataloguePage(liaisonPage);
  let feedUrl = '';

  await test.step('the liaison finds it by a French search without accents, then by filters', async () => {
    await catalogue.goto();
    await expect(liaisonPage.getByTestId('eligible-note')).toHaveText(
      'Seules les activités auxquelles votre partenaire est admissible sont affichées.',
    );
    await catalogue.search('securite reseaux');
    await expect(catalogue.result(code.open)).toContainText('Sécurité des réseaux et cyberdéfense');
    await expect(catalogue.result(code.georgiaOnly)).toHaveCount(0);
    await expect(catalogue.result(code.internal)).toHaveCount(0);

    await catalogue.filter('area', 'Cyberdéfense', 'CYBER');
    await expect(catalogue.result(code.open)).toBeVisible();
    await catalogue.filter('kind', 'Séminaire', 'seminar');
    await expect(catalogue.result(code.open)).toBeVisible();
    // Every activity left is a seminar.
    await expect(catalogue.results().filter({ hasNotText: 'Séminaire' })).toHaveCount(0);
    await expect(catalogue.count()).toHaveText(/^\d+ activités?$/);

    feedUrl = await catalogue.subscribe();
  });

  let iterationId = '';
  await test.step('the liaison opens the activity', async () => {
    await catalogue.openActivity(code.open);
    const activity = new ActivityPage(liaisonPage);
    await expect(activity.title()).toHaveText('Sécurité des réseaux et cyberdéfense');
    await expect(activity.status()).toHaveText('Ouverte aux candidatures');
    await expect(activity.editButton()).toHaveCount(0);
    await expect(activity.iterations()).toHaveCount(1);
    await expect(activity.iterations()).toContainText('Oberammergau');
    const response = await liaisonPage.request.get(`/api/v1/menu/activities/${activity.id()}`);
    const body = (await response.json()) as { iterations: { id: string }[] };
    iterationId = body.iterations[0]?.id ?? '';
  });
  await liaisonContext.close();

  await test.step('a calendar client reads the feed: the published iteration, nothing Japan may not see', async () => {
    // The feed's address stands for the liaison: no session needed.
    const response = await request.get(feedUrl);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const feed = parseFeed(await response.text());
    expect(feed.name).toMatch(/^Menu de coopération/);
    const event = feed.events.find((e) => e.uid === `${iterationId}@entente`);
    expect(event, `the feed's events: ${feed.events.map((e) => e.summary).join(' | ')}`).toMatchObject({
      summary: `${code.open} — Sécurité des réseaux et cyberdéfense`,
      start: `${year}-12-07`,
    });
    const summaries = feed.events.map((e) => e.summary);
    expect(summaries.filter((s) => s.startsWith(code.georgiaOnly) || s.startsWith(code.internal))).toEqual(
      [],
    );
  });
});
