import { expect, type Page } from '@playwright/test';

/** One programme version's page (`/programmes/:id`). Names match in English or French. */
export class ProgrammePage {
  constructor(readonly page: Page) {}

  async goto(id: string) {
    await this.page.goto(`/programmes/${id}`);
    await expect(this.title()).toBeVisible();
  }

  /** The id in the address, once on the page. */
  id(): string {
    const match = /\/programmes\/([0-9a-f-]{36})$/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on a programme page: ${this.page.url()}`);
    return match[1];
  }

  title() {
    return this.page.getByTestId('programme-title');
  }

  status() {
    return this.page.getByTestId('programme-status');
  }

  agreement() {
    return this.page.getByTestId('programme-agreement');
  }

  returnComment() {
    return this.page.getByTestId('programme-return-comment');
  }

  objectives() {
    return this.page.getByTestId('programme-objective');
  }

  activities() {
    return this.page.getByTestId('programme-activity');
  }

  historyEntries() {
    return this.page.getByTestId('status-history-entry');
  }

  /** A lifecycle button ("Submit", "Soumettre", "Return for changes" …) or Edit. */
  action(name: string | RegExp) {
    return this.page.getByTestId('programme-actions').getByRole('button', { name });
  }

  editButton() {
    return this.page.getByTestId('programme-edit');
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  /** Returns the version for changes with the comment the partner will read. */
  async returnForChanges(comment: string) {
    await this.action(/^(Return for changes|Renvoyer pour modifications)$/).click();
    await this.dialog()
      .getByRole('textbox', { name: /^(What should change|Ce qui doit changer)/ })
      .fill(comment);
    await this.dialog()
      .getByRole('button', { name: /^(Return for changes|Renvoyer pour modifications)$/ })
      .click();
    await expect(this.dialog()).toHaveCount(0);
  }

  /** Agrees the version: the date typed as the field reads it, and who agreed on each side. */
  async agree(input: { on: string; byPartner: string; byAlliance: string }) {
    await this.action(/^(Agree|Conclure)$/).click();
    const dialog = this.dialog();
    const date = dialog.getByRole('textbox', { name: /^(Agreed on|Conclu le)/ });
    await date.fill(input.on);
    await date.press('Tab');
    await dialog
      .getByRole('textbox', { name: /^(Agreed for (?!the Alliance)|Conclu pour le partenaire)/ })
      .fill(input.byPartner);
    await dialog
      .getByRole('textbox', { name: /^(Agreed for the Alliance|Conclu pour l’Alliance)/ })
      .fill(input.byAlliance);
    await dialog.getByRole('button', { name: /^(Agree|Conclure)$/ }).click();
    await expect(this.dialog()).toHaveCount(0);
  }

  notFound() {
    return this.page.getByTestId('not-found');
  }
}
