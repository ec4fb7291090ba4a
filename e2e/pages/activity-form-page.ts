import { expect, type Locator, type Page } from '@playwright/test';

/** The activity form (`/menu/activities/new`, `/menu/activities/:id/edit`). Labels match in English or French. */
export class ActivityFormPage {
  constructor(readonly page: Page) {}

  async gotoNew() {
    await this.page.goto('/menu/activities/new');
    await expect(this.saveButton()).toBeVisible();
  }

  form() {
    return this.page.getByRole('form', {
      name: /^(New activity|Nouvelle activité|Edit activity|Modifier l’activité)$/,
    });
  }

  textbox(label: RegExp): Locator {
    return this.form().getByRole('textbox', { name: label });
  }

  code() {
    return this.textbox(/^Code/);
  }

  titleEn() {
    return this.textbox(/^(Title|Titre) \((English|anglais)\)/);
  }

  titleFr() {
    return this.textbox(/^(Title|Titre) \((French|français)\)/);
  }

  /** A single or multiple choice (provider, kind, areas …): types to narrow it, then picks the option. */
  async choose(label: RegExp, option: string | RegExp, typed?: string) {
    const input = this.form().getByRole('combobox', { name: label });
    await input.click();
    if (typed) await input.fill(typed);
    await this.page.getByRole('option', { name: option }).click();
    await input.press('Escape');
  }

  /** A date field of the n-th iteration (1-based), typed the way the field shows dates. */
  iterationField(n: number, label: RegExp) {
    return this.page
      .getByTestId('iteration-row')
      .nth(n - 1)
      .getByRole('textbox', { name: label });
  }

  startsOn(n = 1) {
    return this.iterationField(n, /^(Starts on|Début)/);
  }

  endsOn(n = 1) {
    return this.iterationField(n, /^(Ends on|Fin)/);
  }

  city(n = 1) {
    return this.iterationField(n, /^(City|Ville)/);
  }

  seats(n = 1) {
    return this.iterationField(n, /^(Seats for partners|Places pour les partenaires)/);
  }

  /** Types a date and leaves the field, so that it is read. */
  async typeDate(field: Locator, text: string) {
    await field.fill(text);
    await field.press('Tab');
  }

  saveButton() {
    return this.page.getByRole('button', { name: /^(Save|Enregistrer)$/ });
  }

  async save() {
    await this.saveButton().click();
  }
}
