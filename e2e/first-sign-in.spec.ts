import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { Api, uniqueSuffix } from './support/api';

test('a user whose password was set by an administrator must choose a new one at first sign-in', async ({
  page,
  playwright,
  baseURL,
}) => {
  const adminRequest = await playwright.request.newContext({ baseURL });
  const admin = await Api.signIn(adminRequest, e2eAdmin);
  const suffix = uniqueSuffix();
  const user = { email: `viewer-${suffix}@e2e.entente.example`, password: 'temporary-password-1' };
  await admin.createUser({
    ...user,
    displayName: `Viewer ${suffix}`,
    role: 'viewer',
    locale: 'fr',
    mustChangePassword: true,
  });
  await adminRequest.dispose();

  const login = new LoginPage(page);
  await login.goto();
  await login.email().fill(user.email);
  await login.password().fill(user.password);
  await login.submit().click();

  // The account's language is French: the prompt is in French, and nothing else can be done first.
  const dialog = page.getByRole('dialog', { name: 'Choisissez un nouveau mot de passe' });
  await expect(dialog).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await dialog.getByRole('textbox', { name: /^Mot de passe actuel/ }).fill(user.password);
  await dialog.getByRole('textbox', { name: /^Nouveau mot de passe( \*)?$/ }).fill('short');
  await dialog.getByRole('textbox', { name: /confirmation/ }).fill('short');
  await dialog.getByRole('button', { name: 'Changer le mot de passe' }).click();
  const newField = dialog.getByRole('textbox', { name: /^Nouveau mot de passe( \*)?$/ });
  await expect(newField).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Au moins 12 caractères.')).toHaveCount(2); // the rule and the error

  const newPassword = 'my-own-password-2026';
  await dialog.getByRole('textbox', { name: /^Nouveau mot de passe( \*)?$/ }).fill(newPassword);
  await dialog.getByRole('textbox', { name: /confirmation/ }).fill(newPassword);
  await dialog.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Votre mot de passe a été changé.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Partenaires' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Partenaires' }).getByRole('link', { name: 'Japon' }),
  ).toBeVisible();

  // The new password is the one that works from now on.
  await login.shell.signOutButton().click();
  await login.signIn({ email: user.email, password: newPassword }, 'fr');
  await expect(dialog).toBeHidden();
});
