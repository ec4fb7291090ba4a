import { type Browser, expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { arrangeNominationWorld } from './nomination-fixtures';
import { programmeWithTwoVersions } from './programme-fixtures';
import { Api, uniqueSuffix } from './support/api';
import { expectNoSeriousViolations } from './support/axe';

/** A fresh context signed in as the administrator, in the wanted language. */
async function adminPage(browser: Browser, locale: 'en' | 'fr' = 'en') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const api = await Api.signIn(page.request, e2eAdmin);
  await api.setLocale(locale);
  return { context, page, api };
}

test.describe('accessibility (axe): no serious or critical violation', () => {
  test('sign-in page, in English and in French, with an error shown', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, 'the sign-in page');

    await page.getByRole('banner').getByRole('button', { name: 'FR', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('textbox', { name: /^Adresse électronique/ }).fill('nobody@example.org');
    await page.getByRole('textbox', { name: /^Mot de passe/ }).fill('wrong password');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).last().click();
    await expect(page.getByRole('alert')).toContainText('Échec de la connexion');
    await expectNoSeriousViolations(page, 'the sign-in page with an error, in French');
    await context.close();
  });

  test('partner list and partner profile', async ({ browser }) => {
    const { context, page, api } = await adminPage(browser);
    await page.goto('/partners');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoSeriousViolations(page, 'the partner list');

    await page.goto(`/partners/${await api.partnerId('Japan')}`);
    await expect(page.getByTestId('history-event').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the partner profile');
    await context.close();
  });

  test('partner form, empty and with errors, in French', async ({ browser }) => {
    const { context, page, api } = await adminPage(browser, 'fr');
    await page.goto(`/partners/${await api.partnerId('Japan')}/edit`);
    await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the partner edit form');

    await page.goto('/partners/new');
    await page.getByRole('button', { name: 'Ajouter une étape' }).click();
    await page.getByRole('button', { name: 'Ajouter un cadre' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the new-partner form with errors');
    await context.close();
  });

  test('administration pages and API tokens', async ({ browser }) => {
    const { context, page } = await adminPage(browser);
    const pages: [string, string][] = [
      ['/admin/users', 'Users'],
      ['/admin/frameworks', 'Partnership frameworks'],
      ['/admin/areas', 'Areas of cooperation'],
      ['/admin/audit', 'Audit trail'],
      ['/tokens', 'My API tokens'],
    ];
    for (const [path, heading] of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(
        page.getByRole('status').filter({ has: page.locator('.mantine-Loader-root') }),
      ).toHaveCount(0);
      await expectNoSeriousViolations(page, path);
    }

    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'New user' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSeriousViolations(page, 'the new-user dialog');
    await context.close();
  });

  test('the menu: catalogue, calendar, activity page and form, import page, providers', async ({
    browser,
  }) => {
    // Six pages, each checked by axe (the catalogue alone takes seconds): more than the default minute.
    test.setTimeout(120_000);
    const { context, page, api } = await adminPage(browser);
    await page.goto('/menu');
    await expect(page.getByTestId('menu-result').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the menu catalogue');

    await page.goto('/menu/calendar');
    await expect(page.getByTestId('month-grid')).toBeVisible();
    await expectNoSeriousViolations(page, 'the menu calendar');

    const list = await api.get<{ items: { id: string }[] }>('/menu/activities?limit=1&facets=false');
    await page.goto(`/menu/activities/${list.items[0]?.id}`);
    await expect(page.getByTestId('activity-title')).toBeVisible();
    await expectNoSeriousViolations(page, 'an activity page');

    await page.goto('/menu/activities/new');
    await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the new-activity form');

    await page.goto('/menu/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Import activities' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the import page');

    await page.goto('/providers');
    await expect(page.getByTestId('provider-row').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the providers page');
    await context.close();
  });

  test('programmes: the list, a draft and an agreed version, the comparison of two versions', async ({
    browser,
  }) => {
    // Long pages: axe takes seconds on each.
    test.setTimeout(120_000);
    const { context, page } = await adminPage(browser);
    const { v1, v2 } = await programmeWithTwoVersions(page.request, uniqueSuffix());
    await page.goto('/programmes');
    await expect(page.getByTestId('programme-row').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the programme list');

    await page.goto(`/programmes/${v2}`);
    await expect(page.getByTestId('programme-title')).toBeVisible();
    await expect(page.getByTestId('coverage-objective').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'a draft programme version');

    await page.goto(`/programmes/${v1}`);
    await expect(page.getByTestId('programme-agreement')).toBeVisible();
    await expectNoSeriousViolations(page, 'an agreed programme version');

    await page.goto(`/programmes/${v2}/compare/${v1}`);
    await expect(page.getByTestId('diff-added').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the version comparison');
    await context.close();
  });

  test('implementation reports: a programme’s and a partner’s, in French', async ({ browser }) => {
    // Long pages with a chart: axe takes seconds on each.
    test.setTimeout(120_000);
    const { context, page, api } = await adminPage(browser, 'fr');
    const japanId = await api.partnerId('Japan');
    const programmes = await api.get<{ items: { id: string; status: string }[] }>(
      `/programmes?partner=${japanId}&status=completed`,
    );
    const demo = programmes.items[0];
    if (!demo) throw new Error('the demo data has no completed programme for Japan');
    await page.goto(`/programmes/${demo.id}/report`);
    await expect(page.getByTestId('report-chart')).toBeVisible();
    await expect(page.getByTestId('report-area').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'a programme’s implementation report');

    await page.goto(`/partners/${japanId}/report`);
    await expect(page.getByTestId('report-partner')).toBeVisible();
    await expect(page.getByTestId('report-chart')).toBeVisible();
    await expectNoSeriousViolations(page, 'a partner’s implementation report');
    await context.close();
  });

  test('programmes: the edit form, the new-programme form with errors, the notification panel (French)', async ({
    browser,
  }) => {
    // Long pages: axe takes seconds on each.
    test.setTimeout(120_000);
    const { context, page } = await adminPage(browser, 'fr');
    const { v2 } = await programmeWithTwoVersions(page.request, uniqueSuffix());
    await page.goto(`/programmes/${v2}/edit`);
    await expect(page.getByTestId('activity-row').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the programme edit form');

    await page.goto('/programmes/new');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the new-programme form with errors');

    await page.getByTestId('notification-bell').click();
    await expect(page.getByTestId('notification-panel')).toBeVisible();
    await expectNoSeriousViolations(page, 'the notification panel');
    await context.close();
  });

  test('nominations: the nominate dialog, an iteration’s nominations, the list and one nomination', async ({
    browser,
    playwright,
    baseURL,
  }) => {
    const world = await arrangeNominationWorld(() => playwright.request.newContext({ baseURL }));
    const liaisonContext = await browser.newContext();
    const liaisonPage = await liaisonContext.newPage();
    const liaison = await Api.signIn(liaisonPage.request, world.liaison);
    await liaisonPage.goto(`/menu/activities/${world.activityId}`);
    await liaisonPage.getByTestId('nominate-button').click();
    const dialog = liaisonPage.getByRole('dialog');
    await expect(dialog.getByTestId('nominate-form')).toBeVisible();
    await expectNoSeriousViolations(liaisonPage, 'the nominate dialog');
    await dialog.getByRole('button', { name: 'Nominate', exact: true }).click();
    await expect(dialog.getByRole('textbox', { name: /^Full name/ })).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousViolations(liaisonPage, 'the nominate dialog with errors');
    const nomination = await liaison.post<{ id: string }>('/nominations', {
      iterationId: world.iterationId,
      fullName: 'Aiko Mori',
      rankTitle: 'Major',
      organisation: 'Joint Staff of Japan',
      email: `aiko.mori.${world.suffix.toLowerCase()}@mod.example.jp`,
      workingLanguage: 'en',
      nationality: 'JP',
    });
    await liaisonPage.goto('/nominations');
    await expect(liaisonPage.getByTestId('nomination-row').first()).toBeVisible();
    await expectNoSeriousViolations(liaisonPage, 'my nominations (liaison)');
    await liaisonContext.close();

    const { context, page } = await adminPage(browser, 'fr');
    await page.goto(`/menu/iterations/${world.iterationId}/nominations`);
    await expect(page.getByTestId('nomination-row')).toHaveCount(1);
    await expectNoSeriousViolations(page, 'an iteration’s nominations, in French');
    await page.getByRole('button', { name: 'Refuser Aiko Mori' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSeriousViolations(page, 'the rejection dialog, in French');
    await page.keyboard.press('Escape');

    await page.goto('/nominations');
    await expect(page.getByTestId('nomination-row').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the nominations list, in French');
    await page.goto(`/nominations/${nomination.id}`);
    await expect(page.getByTestId('nomination-title')).toHaveText('Aiko Mori');
    await expectNoSeriousViolations(page, 'a nomination, in French');
    await context.close();
  });
});
