import { type Browser, expect, type Page, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { NotificationBell } from './pages/programme-bell';
import { ProgrammeFormPage } from './pages/programme-form-page';
import { ProgrammePage } from './pages/programme-page';
import { Api, uniqueSuffix } from './support/api';

const year = new Date().getFullYear();

/** A signed-in page of its own (its own cookies), in the wanted UI language. */
async function signedIn(browser: Browser, user: { email: string; password: string }, locale: 'en' | 'fr') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new LoginPage(page).signIn(user, locale);
  return { context, page };
}

/** Two days ago (an agreement is never dated after today, whatever the time zones of browser and server). */
function twoDaysAgo(): string {
  const date = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  return date.toISOString().slice(0, 10);
}

function longDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

async function reload(page: Page, programme: ProgrammePage) {
  await page.reload();
  await expect(programme.title()).toBeVisible();
}

test('a programme from draft to agreed: the liaison drafts in French, staff return it, then agree it', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // Arrange as an administrator would: Japan's liaison (French) and a staff officer (English).
  const suffix = uniqueSuffix();
  const adminRequest = await playwright.request.newContext({ baseURL });
  const admin = await Api.signIn(adminRequest, e2eAdmin);
  const japanId = await admin.partnerId('Japan');
  const liaison = { email: `liaison-${suffix}@e2e.entente.example`, password: 'liaison-password-2026' };
  const staff = { email: `staff-${suffix}@e2e.entente.example`, password: 'staff-password-2026' };
  await admin.createUser({
    ...liaison,
    displayName: `Aiko Tanaka ${suffix}`,
    role: 'partner_liaison',
    partnerId: japanId,
    locale: 'fr',
  });
  await admin.createUser({ ...staff, displayName: `Claire Martin ${suffix}`, role: 'staff_officer' });
  await adminRequest.dispose();

  // The liaison drafts the programme in French: one objective, one activity of this year's menu.
  const partner = await signedIn(browser, liaison, 'fr');
  const liaisonPage = partner.page;
  await liaisonPage.goto('/programmes');
  await expect(
    liaisonPage.getByRole('heading', { level: 1, name: 'Programmes de partenariat' }),
  ).toBeVisible();
  await liaisonPage.getByRole('link', { name: 'Nouveau programme' }).click();
  const form = new ProgrammeFormPage(liaisonPage);
  await expect(form.form()).toBeVisible();
  // A liaison's programme is its own partner's: there is nothing to choose.
  await expect(form.form().getByRole('combobox', { name: /^Partenaire/ })).toHaveCount(0);
  const titleFr = `Programme individuel de partenariat ${suffix}`;
  await form.titleFr().fill(titleFr);
  await form.titleEn().fill(`Individual Partnership Programme ${suffix}`);
  await form.fillObjective(1, {
    area: 'Cyberdéfense',
    priority: 'Haute',
    textFr: 'Former nos équipes de défense des réseaux avec les Alliés.',
  });
  const code = await form.addFirstActivity('cyber', year);
  await form.save();

  const programme = new ProgrammePage(liaisonPage);
  await expect(liaisonPage.getByText('Programme enregistré.')).toBeVisible();
  await expect(programme.title()).toHaveText(titleFr);
  await expect(programme.status()).toHaveText('Brouillon');
  await expect(programme.objectives()).toHaveCount(1);
  await expect(programme.objectives().first()).toContainText('Cyberdéfense');
  await expect(programme.activities()).toHaveCount(1);
  await expect(programme.activities().first()).toContainText(code);
  await expect(programme.activities().first()).toContainText('Objectif 1 · Cyberdéfense');
  const id = programme.id();

  await programme.action('Soumettre').click();
  await expect(programme.status()).toHaveText('Soumis');
  await expect(programme.editButton()).toHaveCount(0);

  // Staff return it with a comment.
  const office = await signedIn(browser, staff, 'en');
  const staffProgramme = new ProgrammePage(office.page);
  await staffProgramme.goto(id);
  await expect(staffProgramme.status()).toHaveText('Submitted');
  const comment = `Please plan two participants for ${code}.`;
  await staffProgramme.returnForChanges(comment);
  await expect(staffProgramme.status()).toHaveText('Returned for changes');

  // The liaison reads the comment on the page and in the bell, which leads back to the programme.
  await reload(liaisonPage, programme);
  await expect(programme.status()).toHaveText('Renvoyé pour modifications');
  await expect(programme.returnComment()).toContainText(comment);
  await expect(programme.historyEntries().last()).toContainText(comment);
  const bell = new NotificationBell(liaisonPage);
  await expect(bell.button()).toHaveAccessibleName(/^Notifications, [1-9]\d* non lues?$/);
  await liaisonPage.goto('/programmes');
  await bell.open();
  const notification = bell.items().filter({ hasText: titleFr }).first();
  await expect(notification).toContainText('Programme renvoyé pour modifications');
  await expect(notification).toContainText(comment);
  await expect(notification).toHaveAttribute('data-unread', 'true');
  await notification.click();
  await expect(liaisonPage).toHaveURL(new RegExp(`/programmes/${id}$`));
  await expect(programme.returnComment()).toContainText(comment);
  await bell.open();
  await expect(bell.items().filter({ hasText: titleFr }).first()).not.toHaveAttribute('data-unread', 'true');
  await liaisonPage.keyboard.press('Escape');

  // It fixes the draft as asked and submits it again.
  await programme.editButton().click();
  await expect(form.form()).toBeVisible();
  await form.plannedParticipants(code).fill('2');
  await form.save();
  await expect(programme.status()).toHaveText('Renvoyé pour modifications');
  await expect(programme.activities().first().getByTestId('planned-participants')).toHaveText('2');
  await programme.action('Soumettre').click();
  await expect(programme.status()).toHaveText('Soumis');

  // Staff take it under review and agree it.
  await reload(office.page, staffProgramme);
  await staffProgramme.action('Take under review').click();
  await expect(staffProgramme.status()).toHaveText('Under review');
  const agreedOn = twoDaysAgo();
  await staffProgramme.agree({
    on: agreedOn,
    byPartner: 'Yoko Kamikawa, Minister for Foreign Affairs',
    byAlliance: 'Mark Rutte, Secretary General',
  });
  await expect(staffProgramme.status()).toHaveText('Agreed');
  await expect(staffProgramme.agreement()).toHaveText(
    `Concluded on ${longDate(agreedOn, 'en-GB')} — for Japan: Yoko Kamikawa, Minister for Foreign Affairs; for the Alliance: Mark Rutte, Secretary General`,
  );
  await office.context.close();

  // The liaison sees it agreed, with the date, in French.
  await reload(liaisonPage, programme);
  await expect(programme.status()).toHaveText('Conclu');
  await expect(programme.agreement()).toContainText(`Conclu le ${longDate(agreedOn, 'fr-FR')}`);
  await expect(programme.editButton()).toHaveCount(0);
  await expect(programme.historyEntries()).toHaveCount(6);
  await partner.context.close();
});
