import { expect, type Locator, type Page } from '@playwright/test';

/** The exchange-rates page: the import card and the tables. */
export class RatesPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/exchange-rates');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** Chooses a CSV file for the import, made of these lines. */
  async chooseFile(name: string, lines: string[]) {
    await this.page
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) });
  }

  check() {
    return this.page.getByTestId('rates-check');
  }

  importButton() {
    return this.page.getByTestId('rates-import');
  }

  problems() {
    return this.page.getByTestId('rate-problem');
  }

  imports() {
    return this.page.getByTestId('rate-import-row');
  }
}

/** A fund's page: its transactions and the form that records one. */
export class FundPage {
  constructor(readonly page: Page) {}

  async open(code: string) {
    await this.page.goto('/trust-funds');
    await this.page.getByTestId('fund-row').filter({ hasText: code }).getByRole('link').first().click();
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  rows() {
    return this.page.getByTestId('transaction-row');
  }

  row(text: string | RegExp) {
    return this.rows().filter({ hasText: text });
  }

  form() {
    return this.page.getByTestId('transaction-form');
  }

  /** A select of the form: types to narrow it when searchable, then picks the option. */
  async choose(label: RegExp, option: RegExp, typed?: string) {
    const input = this.form()
      .getByRole('textbox', { name: label })
      .or(this.form().getByRole('combobox', { name: label }));
    await input.first().click();
    if (typed) await input.first().fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  async record(input: {
    type: RegExp;
    donor?: { option: RegExp; typed: string };
    amount: string;
    currency: { option: RegExp; typed: string };
    valueDate: string;
    earmark?: string;
  }) {
    await this.page.getByTestId('record-transaction').click();
    await expect(this.form()).toBeVisible();
    await this.choose(/^(Type)/, input.type);
    if (input.donor) await this.choose(/^(Donor|Donateur)/, input.donor.option, input.donor.typed);
    await this.form().getByTestId('transaction-amount-input').fill(input.amount);
    await this.choose(/^(Currency|Devise)/, input.currency.option, input.currency.typed);
    const date = this.form().getByRole('textbox', { name: /^(Value date|Date de valeur)/ });
    await date.fill(input.valueDate);
    await date.press('Tab');
    if (input.earmark)
      await this.form()
        .getByRole('textbox', { name: /\((English|anglais)\)/ })
        .first()
        .fill(input.earmark);
    await this.form()
      .getByRole('button', { name: /^(Record|Enregistrer)/ })
      .click();
    await expect(this.form()).toHaveCount(0);
  }

  rateOf(row: Locator) {
    return row.getByTestId('transaction-rate');
  }
}

/** A project page's documents section: the list, the upload form, the removal. */
export class ProjectDocumentsSection {
  constructor(readonly page: Page) {}

  section() {
    return this.page.getByTestId('project-documents-section');
  }

  items() {
    return this.section().getByTestId('project-document');
  }

  async upload(input: { name: string; mimeType: string; buffer: Buffer; titleEn: string }) {
    await this.section().locator('input[type="file"]').setInputFiles(input);
    await this.section().getByTestId('document-title-en').fill(input.titleEn);
    await this.section().getByTestId('document-upload').click();
    await expect(this.items().filter({ hasText: input.titleEn })).toHaveCount(1);
  }

  /** Clicks a document's link and returns the bytes the browser saved. */
  async download(title: string): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.items().filter({ hasText: title }).getByTestId('document-download').click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    return readFile(await download.path());
  }

  async remove(title: string) {
    await this.items().filter({ hasText: title }).getByTestId('document-delete').click();
    await this.page.getByTestId('confirm-button').click();
    await expect(this.items().filter({ hasText: title })).toHaveCount(0);
  }
}

/** The fund page's "Edit" dialog. */
export class FundEditForm {
  constructor(readonly page: Page) {}

  form() {
    return this.page.getByTestId('fund-form');
  }

  async rename(nameEn: string) {
    await this.page.getByTestId('edit-fund').click();
    await expect(this.form()).toBeVisible();
    await this.form()
      .getByRole('textbox', { name: /\((English|anglais)\)/ })
      .first()
      .fill(nameEn);
    await this.form()
      .getByRole('button', { name: /^(Save|Enregistrer)$/ })
      .click();
    await expect(this.form()).toHaveCount(0);
  }
}

/** `/organisations`: the list with its search, and the form that edits one. */
export class OrganisationsPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/organisations');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  rows(): Locator {
    return this.page.getByTestId('organisation-row');
  }

  async search(text: string) {
    await this.page.getByTestId('organisation-search').fill(text);
  }

  form() {
    return this.page.getByTestId('organisation-form');
  }

  /** Opens the row named `current`, replaces its English name, and saves. */
  async rename(current: string, nameEn: string) {
    await this.rows().filter({ hasText: current }).getByTestId('edit-organisation').click();
    await expect(this.form()).toBeVisible();
    await this.form()
      .getByRole('textbox', { name: /\((English|anglais)\)/ })
      .first()
      .fill(nameEn);
    await this.form()
      .getByRole('button', { name: /^(Save|Enregistrer)$/ })
      .click();
    await expect(this.form()).toHaveCount(0);
  }
}
