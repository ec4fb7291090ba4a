import { expect, type Page } from '@playwright/test';

/** The menu's calendar (`/menu/calendar`): a month grid or an agenda of the filtered iterations. */
export class MenuCalendarPage {
  constructor(readonly page: Page) {}

  /** Opens a month (`2026-03`), in the month grid. */
  async goto(month: string, query = '') {
    await this.page.goto(`/menu/calendar?month=${month}${query ? `&${query}` : ''}`);
    await expect(this.heading()).toBeVisible();
    await expect(this.page.getByTestId('month-grid')).toBeVisible();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  monthTitle() {
    return this.page.getByRole('heading', { level: 2 }).and(this.page.locator('#calendar-month-title'));
  }

  events() {
    return this.page.getByTestId('calendar-event');
  }
}
