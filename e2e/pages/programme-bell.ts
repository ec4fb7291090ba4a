import { expect, type Page } from '@playwright/test';

/** The notification bell in the header (here until the shell's page object takes it in). */
export class NotificationBell {
  constructor(readonly page: Page) {}

  button() {
    return this.page.getByTestId('notification-bell');
  }

  panel() {
    return this.page.getByTestId('notification-panel');
  }

  items() {
    return this.panel().getByTestId('notification-item');
  }

  async open() {
    await this.button().click();
    await expect(this.panel()).toBeVisible();
  }

  markAllRead() {
    return this.panel().getByRole('button', { name: /^(Mark all read|Tout marquer comme lu)$/ });
  }
}
