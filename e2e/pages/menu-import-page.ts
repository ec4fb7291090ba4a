import { expect, type Page } from '@playwright/test';

/** The import screen (`/menu/import`): choose a file, check it (dry run), import it. */
export class MenuImportPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/menu/import');
    await expect(this.heading()).toBeVisible();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^(Import activities|Importer des activités)$/ });
  }

  /** Picks the file through the browser's file chooser, as a user does. */
  async chooseFile(path: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('import-file').click();
    await (await chooser).setFiles(path);
    await expect(this.page.getByTestId('import-file')).toContainText(path.split('/').pop() ?? path);
  }

  dryRunButton() {
    return this.page.getByRole('button', { name: /^(Check the file|Vérifier le fichier)$/ });
  }

  commitButton() {
    return this.page.getByTestId('import-commit');
  }

  async dryRun() {
    await this.dryRunButton().click();
  }

  /** The clean dry run's summary. */
  ready() {
    return this.page.getByTestId('import-ready');
  }

  done() {
    return this.page.getByTestId('import-done');
  }

  problemsAlert() {
    return this.page.getByTestId('import-problems').getByRole('alert');
  }

  problemTable() {
    return this.page.getByRole('table', { name: /^(Problems in the file|Problèmes du fichier)$/ });
  }

  /** The problems listed, as [row, column, message] texts. */
  problemRows() {
    return this.page.getByTestId('import-problem');
  }
}
