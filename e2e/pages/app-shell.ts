import { expect, type Page } from '@playwright/test';

/** The header and navigation around every page. */
export class AppShell {
  constructor(readonly page: Page) {}

  languageButton(locale: 'en' | 'fr') {
    return this.page.getByRole('banner').getByRole('button', { name: locale.toUpperCase(), exact: true });
  }

  /**
   * Switches the UI language. For a signed-in user the choice is saved on the server,
   * so this waits for that before going on.
   */
  async switchLanguage(locale: 'en' | 'fr') {
    const button = this.languageButton(locale);
    if ((await button.getAttribute('aria-pressed')) !== 'true') {
      const signedIn = await this.signOutButton().isVisible();
      const saved = signedIn
        ? this.page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH')
        : null;
      await button.click();
      if (saved) expect((await saved).status()).toBe(200);
    }
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(this.page.locator('html')).toHaveAttribute('lang', locale);
  }

  signOutButton() {
    return this.page.getByRole('banner').getByRole('button', { name: /^(Sign out|Se déconnecter)$/ });
  }

  nav() {
    return this.page.getByRole('navigation', { name: /Main navigation|Navigation principale/ });
  }

  currentUserName() {
    return this.page.getByTestId('current-user-name');
  }
}
