import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { PartnerFormPage } from './pages/partner-form-page';

test.describe('creating a partner with a bad ISO code, in French', () => {
  test.beforeEach(async ({ page }) => {
    await new LoginPage(page).signIn(e2eAdmin, 'fr');
  });

  test('an unknown code is refused under the field, in French', async ({ page }) => {
    const form = new PartnerFormPage(page);
    await form.gotoNew();
    await expect(page.getByRole('heading', { level: 1, name: 'Nouveau partenaire' })).toBeVisible();
    await form.nameEn().fill('Nowhere Land');
    await form.nameFr().fill('Pays de nulle part');
    await form.isoCode().fill('XX');
    await form.save();

    const message = 'Code ISO 3166-1 alpha-2 invalide (deux lettres majuscules, p. ex. JP).';
    await expect(page.getByText(message)).toBeVisible();
    await expect(form.isoCode()).toHaveAttribute('aria-invalid', 'true');
    await expect(form.isoCode()).toHaveAccessibleDescription(new RegExp(message.replace(/[().]/g, '\\$&')));
    await expect(form.isoCode()).toBeFocused();
    await expect(page).toHaveURL(/\/partners\/new$/);
  });

  test('a code another partner has is refused by the server, under the field, in French', async ({
    page,
  }) => {
    const form = new PartnerFormPage(page);
    await form.gotoNew();
    await form.nameEn().fill('Japan twin');
    await form.nameFr().fill('Jumeau du Japon');
    await form.isoCode().fill('JP');
    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/partners') && r.request().method() === 'POST',
    );
    await form.save();
    expect((await answer).status()).toBe(409);

    await expect(form.isoCode()).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Un partenaire avec le code ISO JP existe déjà.').first()).toBeVisible();
    await expect(form.isoCode()).toHaveAccessibleDescription(/Un partenaire avec le code ISO JP existe déjà/);
    await expect(page).toHaveURL(/\/partners\/new$/);
  });
});
