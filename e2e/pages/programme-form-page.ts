import { expect, type Locator, type Page } from '@playwright/test';

/** The programme form (`/programmes/new`, `/programmes/:id/edit`). Labels match in English or French. */
export class ProgrammeFormPage {
  constructor(readonly page: Page) {}

  form() {
    return this.page.getByRole('form', {
      name: /^(New programme|Nouveau programme|Edit the programme|Modifier le programme)$/,
    });
  }

  titleEn() {
    return this.form().getByRole('textbox', { name: /^(Title|Titre) \((English|anglais)\)/ });
  }

  titleFr() {
    return this.form().getByRole('textbox', { name: /^(Title|Titre) \((French|français)\)/ });
  }

  objective(n: number): Locator {
    return this.page.getByTestId('objective-row').nth(n - 1);
  }

  activity(code: string): Locator {
    return this.page.getByTestId('activity-row').filter({ hasText: code });
  }

  /** A single choice inside `scope`: types to narrow it, then picks the option. */
  async choose(scope: Locator, label: RegExp, option: string | RegExp, typed?: string) {
    const input = scope.getByRole('combobox', { name: label });
    await input.click();
    if (typed) await input.fill(typed);
    await this.page.getByRole('option', { name: option }).click();
    await expect(input).not.toHaveAttribute('aria-expanded', 'true');
  }

  async fillObjective(
    n: number,
    input: { area: string; priority?: string; textFr?: string; textEn?: string },
  ) {
    const row = this.objective(n);
    await this.choose(
      row,
      /^(Area of cooperation|Domaine de coopération)/,
      input.area,
      input.area.slice(0, 5),
    );
    if (input.priority) await this.choose(row, /^(Priority|Priorité)/, input.priority);
    if (input.textEn !== undefined) {
      await row
        .getByRole('textbox', { name: /^(Objective|Objectif) \((English|anglais)\)/ })
        .fill(input.textEn);
    }
    if (input.textFr !== undefined) {
      await row
        .getByRole('textbox', { name: /^(Objective|Objectif) \((French|français)\)/ })
        .fill(input.textFr);
    }
  }

  picker() {
    return this.page.getByTestId('activity-picker');
  }

  /** Searches the menu of the programme's years and adds the first activity found; answers its code. */
  async addFirstActivity(search: string, year: number): Promise<string> {
    const picker = this.picker();
    await this.choose(picker, /^(Menu year|Année du menu)/, String(year));
    await picker.getByRole('searchbox', { name: /^(Search the menu|Rechercher dans le menu)/ }).fill(search);
    const first = picker.getByTestId('picker-result').first();
    await expect(first).toBeVisible();
    const code = (await first.getByTestId('picker-code').textContent())?.trim() ?? '';
    await first.getByRole('button').click();
    await expect(this.activity(code)).toBeVisible();
    return code;
  }

  /** Searches the menu of the programme's years for the activity with this code, and adds it. */
  async addActivity(code: string, year: number) {
    const picker = this.picker();
    await this.choose(picker, /^(Menu year|Année du menu)/, String(year));
    await picker.getByRole('searchbox', { name: /^(Search the menu|Rechercher dans le menu)/ }).fill(code);
    // The results follow the typing: wait for the one with the code, not whatever shows first.
    const result = picker
      .getByTestId('picker-result')
      .filter({ has: this.page.getByTestId('picker-code').getByText(code, { exact: true }) });
    await result.getByRole('button').click();
    await expect(this.activity(code)).toBeVisible();
  }

  plannedParticipants(code: string) {
    return this.activity(code).getByRole('textbox', { name: /^(Planned participants|Participants prévus)/ });
  }

  saveButton() {
    return this.page.getByRole('button', { name: /^(Save|Enregistrer)$/ });
  }

  async save() {
    await this.saveButton().click();
  }
}
