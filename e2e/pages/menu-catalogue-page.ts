import { expect, type Locator, type Page } from '@playwright/test';

/** The menu's catalogue (`/menu`): search, facets, results, subscribe. Labels match in English or French. */
export class MenuCataloguePage {
  constructor(readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/menu${query}`);
    await expect(this.heading()).toBeVisible();
    await expect(this.count()).toBeVisible();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^(Cooperation menu|Menu de coopération)$/ });
  }

  searchBox() {
    return this.page.getByRole('searchbox', { name: /^(Search|Rechercher)$/ });
  }

  /** How many activities match, as the page announces it ("12 activities", "1 activité"). */
  count() {
    return this.page.getByTestId('menu-count');
  }

  results() {
    return this.page.getByTestId('menu-result');
  }

  /** The result card of one activity, found by its code. */
  result(code: string): Locator {
    return this.results().filter({
      has: this.page.getByTestId('activity-code').getByText(code, { exact: true }),
    });
  }

  /** Types in the search box and waits until the address (hence the list) follows. */
  async search(text: string) {
    await this.searchBox().fill(text);
    await expect(this.page).toHaveURL((url) => url.searchParams.get('q') === text);
    await expect(this.count()).toBeVisible();
  }

  /** One facet of the filter panel: `area`, `kind`, `provider`, `language`, `country`, `status`. */
  facet(name: 'area' | 'kind' | 'provider' | 'language' | 'country' | 'status') {
    return this.page.getByTestId(`facet-${name}`);
  }

  /** A facet value's check box; its name is the label followed by the count ("Cyberdéfense(12)"). */
  facetValue(name: Parameters<MenuCataloguePage['facet']>[0], label: string) {
    return this.facet(name).getByRole('checkbox', {
      name: new RegExp(`^${escapeRegExp(label)}\\s*(\\(\\d|$)`),
    });
  }

  /**
   * Ticks a facet value and waits until the address carries it. A click, not `check()`: the box is
   * ticked once the address has changed, a moment after the click.
   */
  async filter(name: Parameters<MenuCataloguePage['facet']>[0], label: string, value: string) {
    await this.facetValue(name, label).click();
    await expect(this.page).toHaveURL((url) =>
      url.searchParams.getAll(name).join(',').split(',').includes(value),
    );
    await expect(this.facetValue(name, label)).toBeChecked();
  }

  async openActivity(code: string) {
    await this.result(code).getByRole('link').first().click();
  }

  subscribeButton() {
    return this.page.getByTestId('subscribe');
  }

  /** Creates a personal feed of the current view and answers its secret address. */
  async subscribe(): Promise<string> {
    await this.subscribeButton().click();
    const dialog = this.page.getByRole('dialog', {
      name: /^(Subscribe to this view|S’abonner à cette vue)$/,
    });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: /^(Create the feed|Créer le flux)$/ }).click();
    const url = dialog.getByRole('textbox', { name: /^(Feed address|Adresse du flux)$/ });
    await expect(url).toHaveValue(/^https?:\/\/.+\.ics$/);
    const address = await url.inputValue();
    await dialog
      .getByRole('button', { name: /^(Close|Fermer)$/ })
      .last()
      .click();
    await expect(dialog).toBeHidden();
    return address;
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
