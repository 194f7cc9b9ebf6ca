import type { Page } from '@playwright/test';
import { importRun } from './importRun.ts';
import { expect } from './test.ts';

/**
 * Imports a run file (through Manage: a fresh browser's first visit to Results opens the culture-aware example
 * instead of the run list) and waits until its figures are final (95 % intervals computed), so later checks do not
 * race the metrics worker.
 */
export async function openImportedRun(page: Page, file: object, name: string): Promise<void> {
  await importRun(page, file, name);
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 120_000 });
}
