import { expect, type Page } from '@playwright/test';
import { DEFAULT_FAKE_MODEL } from '../../fake-openai/server';

/** Fills the Run view for a fake endpoint with the default Quick look scope (19 countries) and starts the run. */
export async function startQuickLook(page: Page, url: string): Promise<void> {
  await page.goto('./#/run');
  await page.getByLabel('A model served on your machine (OpenAI-compatible endpoint)').check();
  await page.getByLabel('Base URL').fill(url);
  await page.getByLabel('Model', { exact: true }).fill(DEFAULT_FAKE_MODEL);
  await expect(page.getByTestId('prompt-count')).toContainText('× 19 countries');
  await page.getByRole('button', { name: 'Start the run' }).click();
}
