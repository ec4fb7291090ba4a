import { expect, type Locator, type Page } from '@playwright/test';

/** The partner form (new and edit). Labels are matched in English or French. */
export class PartnerFormPage {
  constructor(readonly page: Page) {}

  async gotoNew() {
    await this.page.goto('/partners/new');
    await expect(this.saveButton()).toBeVisible();
  }

  field(label: RegExp): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  nameEn() {
    return this.field(/^(Name|Nom) \((English|anglais)\)/);
  }

  nameFr() {
    return this.field(/^(Name|Nom) \((French|français)\)/);
  }

  isoCode() {
    return this.field(/^(ISO 3166 code|Code ISO 3166)/);
  }

  relationsSince() {
    return this.field(/^(Relations since|Relations depuis)/);
  }

  summaryFr() {
    return this.field(/^(Summary|Résumé) \((French|français)\)/);
  }

  saveButton() {
    return this.page.getByRole('button', { name: /^(Save|Enregistrer)$/ });
  }

  async save() {
    await this.saveButton().click();
  }
}
