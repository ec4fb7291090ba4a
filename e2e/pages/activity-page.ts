import { expect, type Page } from '@playwright/test';

/** One activity's page (`/menu/activities/:id`). */
export class ActivityPage {
  constructor(readonly page: Page) {}

  async goto(id: string) {
    await this.page.goto(`/menu/activities/${id}`);
    await expect(this.title()).toBeVisible();
  }

  /** The id in the address, once on the page. */
  id(): string {
    const match = /\/menu\/activities\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on an activity page: ${this.page.url()}`);
    return match[1];
  }

  title() {
    return this.page.getByTestId('activity-title');
  }

  code() {
    return this.page.getByTestId('activity-code-heading');
  }

  status() {
    return this.page.getByTestId('activity-status');
  }

  iterations() {
    return this.page.getByTestId('activity-iterations').getByRole('listitem');
  }

  editButton() {
    return this.page.getByTestId('activity-edit');
  }

  /** A status button of the activity, by the name that says what it moves ("Publish NSO.101"). */
  statusButton(name: string | RegExp) {
    return this.page.getByTestId('activity-status-actions').getByRole('button', { name });
  }

  notFound() {
    return this.page.getByTestId('not-found');
  }
}
