import { expect, type Locator, type Page } from '@playwright/test';

export interface Nominee {
  fullName: string;
  rankTitle: string;
  organisation: string;
  email: string;
  /** As the select shows it: "English", "Japanese"… */
  language: string;
  /** Typed into the searchable select, then picked: "Japan". */
  nationality: string;
  priority: number;
}

/** The "Nominate" dialog opened from an iteration of an activity's page. */
export class NominateDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  /** Opens the dialog from the iteration's "Nominate" button (the activity page must be shown). */
  async open(iteration: Locator) {
    await iteration.getByTestId('nominate-button').click();
    await expect(this.dialog.getByTestId('nominate-form')).toBeVisible();
  }

  field(label: RegExp) {
    return this.dialog.getByRole('textbox', { name: label });
  }

  /** A select: types to narrow it when searchable, then picks the option. */
  async choose(label: RegExp, option: RegExp, typed?: string) {
    const input = this.dialog.getByRole('combobox', { name: label });
    await input.click();
    if (typed) await input.fill(typed);
    await this.page.getByRole('option', { name: option }).click();
  }

  async fill(person: Nominee) {
    await this.field(/^(Full name|Nom complet)/).fill(person.fullName);
    await this.field(/^(Rank or title|Grade ou titre)/).fill(person.rankTitle);
    await this.field(/^Organisation/).fill(person.organisation);
    await this.field(/^(E-mail address|Adresse électronique)/).fill(person.email);
    await this.choose(/^(Working language|Langue de travail)/, new RegExp(`^${person.language}$`));
    await this.choose(
      /^(Nationality|Nationalité)/,
      new RegExp(`^${person.nationality} \\(`),
      person.nationality,
    );
    await this.dialog.getByRole('textbox', { name: /^(Priority|Priorité)/ }).fill(String(person.priority));
  }

  submit() {
    return this.dialog.getByRole('button', { name: /^(Nominate|Proposer)$/ });
  }

  /** What became of the nomination: accepted, waiting list (position N) or pending. */
  outcome() {
    return this.dialog.getByTestId('nomination-outcome');
  }

  nominateAnother() {
    return this.dialog.getByRole('button', { name: /^(Nominate someone else|Proposer une autre personne)$/ });
  }

  close() {
    return this.dialog.getByRole('button', { name: /^(Close|Fermer)$/ }).last();
  }
}

/** `/menu/iterations/:id/nominations`: the provider's and staff's view of one iteration. */
export class IterationNominationsPage {
  constructor(readonly page: Page) {}

  async goto(iterationId: string) {
    await this.page.goto(`/menu/iterations/${iterationId}/nominations`);
    await expect(this.title()).toBeVisible();
  }

  title() {
    return this.page.getByTestId('iteration-nominations-title');
  }

  /** One seat figure: offered, accepted, waitlisted, pending or free. */
  seats(kind: 'offered' | 'accepted' | 'waitlisted' | 'pending' | 'free') {
    return this.page.getByTestId('seats-summary').getByTestId(`seats-${kind}`).locator('dd');
  }

  group(status: 'accepted' | 'pending' | 'waitlisted' | 'rejected' | 'withdrawn') {
    return this.page.getByTestId(`group-${status}`);
  }

  row(name: string) {
    return this.page.getByTestId('nomination-row').filter({ hasText: name });
  }

  /** A decision button, by its accessible name ("Accept Sato Hanako"). */
  action(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }
}

/** `/nominations`: "My nominations" for a liaison, all nominations for the staff. */
export class NominationListPage {
  constructor(readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/nominations${query}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  rows() {
    return this.page.getByTestId('nomination-row');
  }

  row(name: string) {
    return this.rows().filter({ hasText: name });
  }

  count() {
    return this.page.getByTestId('nomination-count');
  }
}
