import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { PartnerFormPage } from './pages/partner-form-page';
import { PartnerListPage } from './pages/partner-list-page';
import { PartnerProfilePage } from './pages/partner-profile-page';

test('an administrator finds Japan in French, edits it, and sees the change and its audit event', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.signIn(e2eAdmin, 'en');
  await expect(page).toHaveURL(/\/partners$/);
  await expect(login.shell.currentUserName()).toHaveText('Administrator');

  await login.shell.switchLanguage('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Partenaires' })).toBeVisible();

  const list = new PartnerListPage(page);
  await list.search('japon');
  await expect(list.table().getByRole('row')).toHaveCount(2); // the header and Japan
  await list.open('Japon');

  const profile = new PartnerProfilePage(page);
  await expect(profile.title()).toHaveText('Japon');
  await expect(profile.relationsSince()).toContainText('1990');
  await expect(profile.page.getByRole('heading', { name: 'Étapes clés' })).toBeVisible();
  const eventsBefore = await profile.historyEvents().count();

  await profile.editButton().click();
  const form = new PartnerFormPage(page);
  await expect(form.relationsSince()).toHaveValue('1990');
  await form.relationsSince().fill('1991');
  const addition = ' Relation révisée lors du test de bout en bout.';
  await form.summaryFr().press('Control+End');
  await form.summaryFr().pressSequentially(addition);
  await form.save();

  // Back on the profile, with the new values and a new audit event on top of the history.
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Partenaire enregistré.')).toBeVisible();
  await expect(profile.relationsSince()).toHaveText('1991');
  await expect(profile.summary()).toContainText(addition.trim());
  await expect(profile.historyEvents()).toHaveCount(eventsBefore + 1);
  const latest = profile.historyEvents().first();
  await expect(latest).toContainText('Partenaire modifié');
  await expect(latest).toContainText(e2eAdmin.email);
  await expect(latest.getByTestId('audit-change').filter({ hasText: 'Relations depuis' })).toContainText(
    /1990\s*→\s*remplacé par\s*1991/,
  );
  await expect(latest.getByTestId('audit-change').filter({ hasText: 'Résumé (FR)' })).toContainText(
    'Relation révisée lors du test de bout en bout.',
  );
});
