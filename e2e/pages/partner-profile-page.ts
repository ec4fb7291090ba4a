import { expect, type Page } from '@playwright/test';

export class PartnerProfilePage {
  constructor(readonly page: Page) {}

  async goto(id: string) {
    await this.page.goto(`/partners/${id}`);
    await expect(this.title()).toBeVisible();
  }

  title() {
    return this.page.getByTestId('partner-title');
  }

  relationsSince() {
    return this.page.getByTestId('partner-relations-since');
  }

  summary() {
    return this.page.getByTestId('partner-summary');
  }

  milestones() {
    return this.page.getByTestId('milestone');
  }

  history() {
    return this.page.getByRole('region', { name: /^(History|Historique)$/ });
  }

  historyEvents() {
    return this.history().getByTestId('history-event');
  }

  editButton() {
    return this.page.getByRole('link', { name: /^(Edit|Modifier)$/ });
  }

  notFound() {
    return this.page.getByTestId('not-found');
  }
}
