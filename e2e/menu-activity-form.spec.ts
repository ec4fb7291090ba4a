import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { ActivityFormPage } from './pages/activity-form-page';
import { ActivityPage } from './pages/activity-page';
import { LoginPage } from './pages/login-page';
import { MenuCataloguePage } from './pages/menu-catalogue-page';
import { Api, uniqueSuffix } from './support/api';

const year = new Date().getFullYear();

test('a staff officer creates an activity with one iteration, in French, after fixing a date', async ({
  page,
  playwright,
  baseURL,
}) => {
  const suffix = uniqueSuffix().toUpperCase();
  const adminRequest = await playwright.request.newContext({ baseURL });
  const admin = await Api.signIn(adminRequest, e2eAdmin);
  const staff = { email: `staff-${suffix}@e2e.entente.example`, password: 'staff-password-2026' };
  await admin.createUser({ ...staff, displayName: `Staff ${suffix}`, role: 'staff_officer', locale: 'fr' });
  await adminRequest.dispose();

  await new LoginPage(page).signIn(staff, 'fr');
  const catalogue = new MenuCataloguePage(page);
  await catalogue.goto();
  await page.getByRole('link', { name: 'Nouvelle activité' }).click();

  const form = new ActivityFormPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle activité' })).toBeVisible();
  const code = `NSO.E2E-${suffix}`;
  await form.choose(/^Prestataire/, /\(NSO\)$/, 'Oberammergau');
  await form.code().fill(code);
  await form.choose(/^Type/, 'Atelier');
  await form.titleEn().fill('Cyber range workshop');
  await form.titleFr().fill('Atelier sur le champ de tir cybernétique');
  await form.choose(/^Domaines de coopération/, 'Cyberdéfense');
  await form.typeDate(form.startsOn(), `12/10/${year}`);
  // The end is typed before the start: a slip the form must catch.
  await form.typeDate(form.endsOn(), `9/10/${year}`);
  await form.city().fill('Oberammergau');
  await form.seats().fill('14');
  await form.save();

  const message = 'La date de fin précède la date de début.';
  await expect(page.getByRole('alert').filter({ hasText: '1 champ demande votre attention.' })).toBeVisible();
  await expect(form.endsOn()).toHaveAttribute('aria-invalid', 'true');
  await expect(form.endsOn()).toHaveAccessibleDescription(new RegExp(message.replace('.', '\\.')));
  await expect(page).toHaveURL(/\/menu\/activities\/new$/);

  await form.typeDate(form.endsOn(), `16/10/${year}`);
  await expect(form.endsOn()).not.toHaveAttribute('aria-invalid', 'true');
  await form.save();

  const activity = new ActivityPage(page);
  await expect(page).toHaveURL(/\/menu\/activities\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`Activité ${code} enregistrée.`)).toBeVisible();
  await expect(activity.title()).toHaveText('Atelier sur le champ de tir cybernétique');
  await expect(activity.code()).toHaveText(code);
  await expect(activity.status()).toHaveText('Brouillon');
  await expect(activity.iterations()).toHaveCount(1);
  await expect(activity.iterations()).toContainText(new RegExp(`12\\s*–\\s*16 oct\\. ${year}`));
  await expect(activity.iterations()).toContainText('14 places');
});
