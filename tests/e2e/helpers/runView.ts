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

/** Starts an endpoint run of the chosen questions for the 19 countries with data, with `concurrency` requests in flight. */
export async function startEndpointRun(
  page: Page,
  url: string,
  options: { questionIds: string[]; concurrency: number },
): Promise<void> {
  await page.goto('./#/run');
  await page.getByLabel('A model served on your machine (OpenAI-compatible endpoint)').check();
  await page.getByLabel('Base URL').fill(url);
  await page.getByLabel('Model', { exact: true }).fill(DEFAULT_FAKE_MODEL);
  await page.getByLabel(/^Parallel requests/).fill(String(options.concurrency));
  await page.getByLabel('Choose questions:').check();
  await page.getByLabel('Questions to run').selectOption(options.questionIds);
  const prompts = options.questionIds.length * 19;
  await expect(page.getByTestId('prompt-count')).toContainText(`${prompts} prompts`);
  await page.getByRole('button', { name: 'Start the run' }).click();
}
