import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { PartnerFormPage } from './pages/partner-form-page';
import { PartnerProfilePage } from './pages/partner-profile-page';
import { Api, uniqueSuffix } from './support/api';

test('saving over a version someone else changed meanwhile says so and offers to reload', async ({
  page,
  playwright,
  baseURL,
}) => {
  const otherRequest = await playwright.request.newContext({ baseURL });
  const other = await Api.signIn(otherRequest, e2eAdmin);
  const suffix = uniqueSuffix();
  const partner = await other.createPartner({
    name: { en: `Stale Org ${suffix}`, fr: `Org périmée ${suffix}` },
    releasability: 'public',
  });

  await new LoginPage(page).signIn(e2eAdmin, 'en');
  const profile = new PartnerProfilePage(page);
  await profile.goto(partner.id);
  await profile.editButton().click();
  const form = new PartnerFormPage(page);
  await expect(form.relationsSince()).toHaveValue('2020');

  // Someone else saves first.
  const current = await otherRequest.get(`/api/v1/partners/${partner.id}`);
  await other.patch(`/partners/${partner.id}`, { relationsSinceYear: 2021 }, current.headers().etag ?? '');
  await otherRequest.dispose();

  await form.relationsSince().fill('2022');
  await form.save();
  const alert = page.getByTestId('stale-alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Changed meanwhile');
  await expect(alert).toContainText('Someone else changed this record after you opened it.');
  await expect(page).toHaveURL(/\/edit$/);

  await alert.getByRole('button', { name: 'Reload the latest version' }).click();
  await expect(form.relationsSince()).toHaveValue('2021');
  await expect(alert).toBeHidden();
  await form.relationsSince().fill('2022');
  await form.save();
  await expect(profile.relationsSince()).toHaveText('2022');
});
