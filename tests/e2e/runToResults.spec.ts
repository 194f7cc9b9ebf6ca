import type { Page } from '@playwright/test';
import { startFakeOpenAI, type FakeOpenAI, type FakeOpenAIOptions } from '../fake-openai/server';
import { expect, test } from './helpers/test';
import { startQuickLook } from './helpers/runView';

/**
 * Runs made through the Run view against the fake endpoint (not imported files), then read in the Results view:
 * the oracle must score perfectly, "USA for everyone" must show a Western bias, and seeded noise must land in between.
 */
test.describe.configure({ timeout: 300_000 });

let server: FakeOpenAI | null = null;

test.afterEach(async () => {
  await server?.close();
  server = null;
});

async function runAndOpenResults(page: Page, options: FakeOpenAIOptions): Promise<void> {
  server = await startFakeOpenAI(options);
  await startQuickLook(page, server.url);
  await expect(page.getByTestId('run-status')).toHaveText('Finished.', { timeout: 180_000 });
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 180_000 });
}

const headline = (page: Page, metric: string) => page.locator(`[data-metric="${metric}"][data-series="model"]`);

test('an oracle run made in the Run view scores r = 1.00 and 1 − JSD = 1.00 in Results', async ({ page }) => {
  await runAndOpenResults(page, { mode: 'oracle' });
  await expect(headline(page, 'pooledPearson')).toHaveText('1.00');
  await expect(headline(page, 'meanQuestionPearson')).toHaveText('1.00');
  await expect(headline(page, 'meanJsdSimilarity')).toHaveText('1.00');
});

test('a "USA for everyone" run made in the Run view shows a positive Western gap with the USA ranked first', async ({
  page,
}) => {
  await runAndOpenResults(page, { mode: 'country:USA' });
  const gapText = (await page.locator('[data-western-gap]').textContent()) ?? '';
  expect(Number(gapText.replace('−', '-'))).toBeGreaterThan(0);
  await expect(page.locator('table[data-ranking] tr[data-rank="1"]')).toHaveAttribute('data-country', 'USA');
});

test('a noisy run (fixed seed) lands between the oracle and chance', async ({ page }) => {
  await runAndOpenResults(page, { mode: 'noisy', seed: 11 });
  const pooled = Number(await headline(page, 'pooledPearson').textContent());
  const similarity = Number(await headline(page, 'meanJsdSimilarity').textContent());
  expect(pooled).toBeGreaterThan(0.5);
  expect(pooled).toBeLessThan(1);
  expect(similarity).toBeLessThan(1);
  const uniform = Number(await page.locator('[data-metric="meanJsdSimilarity"][data-series="uniform"]').textContent());
  expect(similarity).toBeGreaterThan(uniform);
});
