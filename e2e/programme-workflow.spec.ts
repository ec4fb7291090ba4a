import { type Browser, expect, type Page, test } from '@playwright/test';
import { arrangeNominationWorld } from './nomination-fixtures';
import { ActivityPage } from './pages/activity-page';
import { LoginPage } from './pages/login-page';
import { IterationNominationsPage, NominateDialog, type Nominee } from './pages/nomination-pages';
import { NotificationBell } from './pages/programme-bell';
import { ProgrammeFormPage } from './pages/programme-form-page';
import { ProgrammePage } from './pages/programme-page';
import { expectNoSeriousViolations } from './support/axe';

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

const person = (suffix: string, fullName: string, priority: number): Nominee => ({
  fullName,
  rankTitle: priority === 1 ? 'Capitaine de frégate' : 'Commandant',
  organisation: 'Forces japonaises d’autodéfense',
  email: `${fullName.toLowerCase().replace(' ', '.')}.${suffix.toLowerCase()}@mod.example.jp`,
  language: 'anglais',
  nationality: 'Japon',
  priority,
});

test('the whole story: a programme drafted in French, returned, fixed, agreed; two people nominated, one accepted and one wait-listed; the report shows it', async ({
  browser,
  playwright,
  baseURL,
}) => {
  // Three users in three browser sessions, from the draft to the report.
  test.setTimeout(240_000);
  // Arranged as an administrator's script would: a staff officer, an NSO provider account, a Japan
  // liaison who reads its mail in French, and an open NSO cyber course of this year's menu with one
  // seat that needs the provider's decision.
  const world = await arrangeNominationWorld(() => playwright.request.newContext({ baseURL }), {
    seats: 1,
    secondApproval: true,
    liaisonLocale: 'fr',
  });
  const { suffix, liaison, staff } = world;

  // The liaison drafts the programme in French: one objective, the NSO course.
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
  const code = world.code;
  await form.addActivity(code, year);
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

  // From the programme, the liaison opens the course and nominates the two people planned.
  await programme.activities().first().getByRole('link', { name: code }).click();
  const activity = new ActivityPage(liaisonPage);
  const iteration = activity.iterations().first();
  await expect(iteration.getByTestId('seats-free')).toHaveText('Libres 1');
  const first = person(suffix, 'Hanako Sato', 1);
  const second = person(suffix, 'Kenji Tanaka', 2);
  const dialog = new NominateDialog(liaisonPage);
  await dialog.open(iteration);
  await dialog.fill(first);
  await dialog.submit().click();
  await expect(dialog.outcome()).toContainText('Hanako Sato');
  await dialog.nominateAnother().click();
  await dialog.fill(second);
  await dialog.submit().click();
  await expect(dialog.outcome()).toContainText('Kenji Tanaka');
  await dialog.close().click();
  await expect(iteration.getByTestId('seats-pending')).toHaveText('En attente 2');

  // The provider accepts the first and puts the second on the waiting list (one seat).
  const provider = await signedIn(browser, world.provider, 'en');
  await new ActivityPage(provider.page).goto(world.activityId);
  await provider.page.getByTestId('iteration-nominations-link').first().click();
  const nominations = new IterationNominationsPage(provider.page);
  await expect(nominations.group('pending')).toContainText('Awaiting a decision (2)');
  await nominations.action('Accept Hanako Sato').click();
  await expect(nominations.group('accepted')).toContainText('Hanako Sato');
  await nominations.action('Put Kenji Tanaka on the waiting list').click();
  await expect(nominations.group('waitlisted')).toContainText('Kenji Tanaka');
  await provider.context.close();

  // The programme's implementation report shows it: two planned, two nominated, one accepted, none
  // attended yet, under cyber defence and this year.
  await programme.goto(id);
  await liaisonPage.getByTestId('programme-report').click();
  const report = liaisonPage.getByTestId('programme-report');
  await expect(report.getByTestId('report-programme-title')).toContainText(titleFr);
  // Each total's card: its label, then its figure.
  const totals = (key: string) => report.getByTestId(`report-total-${key}`).locator('p').nth(1);
  await expect(totals('planned')).toHaveText('2');
  await expect(totals('nominated')).toHaveText('2');
  await expect(totals('accepted')).toHaveText('1');
  await expect(totals('attended')).toHaveText('0');
  const area = report.getByTestId('report-area').filter({ hasText: 'Cyberdéfense' });
  // The area's line for this year: the year, then planned, nominated, accepted, attended.
  await expect(area.getByRole('row').first().getByRole('cell')).toHaveText([
    String(year),
    '2',
    '2',
    '1',
    '0',
  ]);
  await expect(report.getByTestId('report-chart')).toBeVisible();
  await expectNoSeriousViolations(liaisonPage, 'the programme report, as the liaison sees it in French');
  await partner.context.close();
});
