import type { Page } from '@playwright/test';
import { expect } from './test.ts';

/** Imports a run file through Manage, as a person would, and waits for Results to open on it. */
export async function importRun(page: Page, file: object, name: string): Promise<void> {
  await page.goto('./#/manage');
  await page
    .locator('[data-run-import]')
    .setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page).toHaveURL(/#\/results\?run=/, { timeout: 60_000 });
}
