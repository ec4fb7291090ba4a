import { expect, type Page } from '@playwright/test';
import { AppShell } from './app-shell';

export class LoginPage {
  readonly shell: AppShell;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  email() {
    return this.page.getByRole('textbox', { name: /^(E-mail address|Adresse électronique)/ });
  }

  password() {
    return this.page.getByRole('textbox', { name: /^(Password|Mot de passe)/ });
  }

  submit() {
    return this.page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).last();
  }

  async goto() {
    await this.page.goto('/login');
    await expect(this.email()).toBeVisible();
  }

  /** Signs in through the form, then puts the UI in the wanted language. */
  async signIn(credentials: { email: string; password: string }, locale: 'en' | 'fr' = 'en') {
    await this.goto();
    await this.email().fill(credentials.email);
    await this.password().fill(credentials.password);
    await this.submit().click();
    await expect(this.shell.signOutButton()).toBeVisible();
    await this.shell.switchLanguage(locale);
  }
}
