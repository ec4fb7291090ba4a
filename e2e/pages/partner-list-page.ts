import { expect, type Page } from '@playwright/test';

export class PartnerListPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/partners');
    await expect(this.table()).toBeVisible();
  }

  searchBox() {
    return this.page.getByRole('searchbox', { name: /^(Search|Rechercher)$/ });
  }

  table() {
    return this.page.getByRole('table', { name: /^(Partners|Partenaires)$/ });
  }

  partnerLink(name: string | RegExp) {
    return this.table().getByRole('link', { name });
  }

  /** Types in the search box and waits until the list shows the result. */
  async search(text: string) {
    await this.searchBox().fill(text);
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
  }

  async open(name: string | RegExp) {
    await this.partnerLink(name).click();
  }
}
