import type { Page } from '@playwright/test';
import { startFakeOpenAI, type FakeOpenAI } from '../fake-openai/server';
import { startQuickLook } from './helpers/runView';
import { expect, test } from './helpers/test';

/**
 * "Copy link with this run" from Results: the link carries a Quick look run made in the Run view (seeded noisy
 * answers, so full-precision probabilities), and a fresh browser with empty storage shows the same headline.
 */
test.describe.configure({ timeout: 300_000 });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

let server: FakeOpenAI | null = null;

test.afterEach(async () => {
  await server?.close();
  server = null;
});

const METRICS = ['pooledPearson', 'meanQuestionPearson', 'meanJsdSimilarity', 'meanWassersteinSimilarity'];

async function headlineTexts(page: Page): Promise<string[]> {
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 180_000 });
  return Promise.all(
    METRICS.map(
      async (metric) =>
        (await page.locator(`[data-metric="${metric}"][data-series="model"]`).textContent())?.trim() ?? 'missing',
    ),
  );
}

test('a link copied from Results opens the same Quick look figures in a browser that has no runs', async ({
  page,
  browser,
}) => {
  server = await startFakeOpenAI({ mode: 'noisy', seed: 5 });
  await startQuickLook(page, server.url);
  await expect(page.getByTestId('run-status')).toHaveText('Finished.', { timeout: 180_000 });
  await page.getByRole('link', { name: 'See the results' }).click();
  const shown = await headlineTexts(page);
  expect(shown.filter((text) => /^−?\d\.\d\d$/.test(text))).toHaveLength(METRICS.length);

  await page.getByRole('button', { name: 'Copy link with this run' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/results\?shared=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(65_000);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  expect(await headlineTexts(other)).toEqual(shown);
  await expect(other.locator('[data-linked-run]')).toContainText('not stored in this browser');
  const stored = await other.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
  await other.getByRole('button', { name: 'Keep this run' }).click();
  await expect(other).toHaveURL(/#\/results\?run=/);
  expect(await headlineTexts(other)).toEqual(shown);
  expect(stored).not.toContain('never-opened');
  await fresh.close();
});
