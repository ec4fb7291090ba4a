import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { arrangeNominationWorld } from './nomination-fixtures';
import { ActivityPage } from './pages/activity-page';
import { LoginPage } from './pages/login-page';
import {
  IterationNominationsPage,
  NominateDialog,
  NominationListPage,
  type Nominee,
} from './pages/nomination-pages';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');

// The size of the README's screenshots (docs/screenshots/).
test.use({ viewport: { width: 1280, height: 900 } });

const person = (suffix: string, fullName: string, priority: number): Nominee => ({
  fullName,
  rankTitle: priority === 1 ? 'Lieutenant Colonel' : 'Major',
  organisation: 'Japan Ground Self-Defense Force',
  email: `${fullName.toLowerCase().replace(' ', '.')}.${suffix.toLowerCase()}@mod.example.jp`,
  language: 'English',
  nationality: 'Japan',
  priority,
});

test('a liaison nominates two people to a one-seat iteration; the provider accepts one and wait-lists the other', async ({
  browser,
  playwright,
  baseURL,
}) => {
  // Three users, three browser sessions: longer than one screen's test.
  test.slow();
  mkdirSync(artifacts, { recursive: true });
  const world = await arrangeNominationWorld(() => playwright.request.newContext({ baseURL }));
  const first = person(world.suffix, 'Hanako Sato', 1);
  const second = person(world.suffix, 'Kenji Tanaka', 2);

  // The liaison nominates both from the activity's page: the activity needs a second approval, so each
  // nomination waits for the provider's decision.
  const liaisonContext = await browser.newContext();
  const liaisonPage = await liaisonContext.newPage();
  await new LoginPage(liaisonPage).signIn(world.liaison, 'en');
  const activity = new ActivityPage(liaisonPage);
  await activity.goto(world.activityId);
  const iteration = activity.iterations().first();
  await expect(iteration.getByTestId('seats-offered')).toHaveText('Offered 1');
  await expect(iteration.getByTestId('seats-free')).toHaveText('Free 1');
  await expect(iteration.getByTestId('deadline-text')).toContainText('Nominations open until');

  const dialog = new NominateDialog(liaisonPage);
  await dialog.open(iteration);
  await dialog.fill(first);
  await dialog.submit().click();
  await expect(dialog.outcome()).toContainText('Awaiting decision');
  await expect(dialog.outcome()).toContainText('Hanako Sato is nominated; the provider will decide.');

  // The same person twice: the server's answer shows under the e-mail address, where it belongs.
  await dialog.nominateAnother().click();
  await dialog.fill({ ...second, email: first.email });
  await dialog.submit().click();
  await expect(dialog.field(/^E-mail address/)).toHaveAccessibleDescription(/already nominated/);

  await dialog.field(/^E-mail address/).fill(second.email);
  await dialog.submit().click();
  await expect(dialog.outcome()).toContainText('Kenji Tanaka is nominated');
  await dialog.close().click();
  await expect(iteration.getByTestId('seats-pending')).toHaveText('Pending 2');

  // The provider decides on its own activity's nominations: one seat, so one is accepted, one waits.
  const providerContext = await browser.newContext();
  const providerPage = await providerContext.newPage();
  const providerLogin = new LoginPage(providerPage);
  await providerLogin.signIn(world.provider, 'en');
  await new ActivityPage(providerPage).goto(world.activityId);
  await providerPage.getByTestId('iteration-nominations-link').first().click();
  const nominations = new IterationNominationsPage(providerPage);
  const toasts = providerPage.locator('.mantine-Notification-root');
  await expect(nominations.title()).toHaveText('Nominations');
  await expect(nominations.group('pending')).toContainText('Awaiting a decision (2)');
  // The provider sees the personal data of the people nominated to its activity.
  await expect(nominations.row('Hanako Sato')).toContainText(first.email);
  await expect(nominations.row('Hanako Sato')).toContainText('Japan');

  await nominations.action('Accept Hanako Sato').click();
  await expect(nominations.group('accepted')).toContainText('Hanako Sato');
  await nominations.action('Put Kenji Tanaka on the waiting list').click();
  await expect(nominations.group('waitlisted')).toContainText('Kenji Tanaka');
  await expect(nominations.row('Kenji Tanaka').getByTestId('nomination-status')).toHaveText(
    'Waiting list, no. 1',
  );
  await expect(nominations.seats('offered')).toHaveText('1');
  await expect(nominations.seats('accepted')).toHaveText('1');
  await expect(nominations.seats('waitlisted')).toHaveText('1');
  await expect(nominations.seats('free')).toHaveText('0');
  // The iteration is full: accepting the person on the waiting list is refused, never over the seats.
  await nominations.action('Accept Kenji Tanaka').click();
  await expect(providerPage.getByText(/the nomination stays on the waiting list/)).toBeVisible();
  await expect(nominations.seats('accepted')).toHaveText('1');
  await expect(nominations.group('waitlisted')).toContainText('Kenji Tanaka');
  await expect(toasts).toHaveCount(0, { timeout: 15_000 });
  await providerPage.screenshot({ path: join(artifacts, 'nominations-en.png'), fullPage: true });

  await providerLogin.shell.switchLanguage('fr');
  await expect(nominations.title()).toHaveText('Candidatures');
  await expect(nominations.group('accepted')).toContainText('Places attribuées (1)');
  await expect(nominations.row('Kenji Tanaka').getByTestId('nomination-status')).toHaveText(
    'Liste d’attente, n° 1',
  );
  await providerPage.mouse.move(0, 0);
  await expect(toasts).toHaveCount(0, { timeout: 15_000 });
  await providerPage.screenshot({ path: join(artifacts, 'nominations-fr.png'), fullPage: true });
  await providerContext.close();

  // The liaison's "My nominations" tells where each person stands.
  await new LoginPage(liaisonPage).shell.nav().getByRole('link', { name: 'My nominations' }).click();
  const mine = new NominationListPage(liaisonPage);
  await expect(liaisonPage.getByRole('heading', { level: 1 })).toHaveText('My nominations');
  await mine.goto(`?activity=${world.activityId}`);
  await expect(mine.count()).toHaveText('2 nominations');
  await expect(mine.row('Hanako Sato').getByTestId('nomination-status')).toHaveText('Accepted');
  await expect(mine.row('Kenji Tanaka').getByTestId('nomination-status')).toHaveText('Waiting list, no. 1');
  await liaisonContext.close();
});
