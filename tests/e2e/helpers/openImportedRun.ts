import type { Page } from '@playwright/test';
import { expect } from './test.ts';

/**
 * Imports a run file through the Results page's import button and waits until its figures are final (95 %
 * intervals computed), so later checks do not race the metrics worker.
 */
export async function openImportedRun(page: Page, file: object, name: string): Promise<void> {
  await page.goto('./#/results');
  const buffer = Buffer.from(JSON.stringify(file));
  await page.locator('[data-run-import]').setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer });
  await expect(page).toHaveURL(/#\/results\?run=/, { timeout: 60_000 });
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 120_000 });
}
