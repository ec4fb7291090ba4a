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
