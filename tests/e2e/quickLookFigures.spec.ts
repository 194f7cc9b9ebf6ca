import type { Page } from '@playwright/test';
import { startFakeOpenAI, type FakeOpenAI } from '../fake-openai/server';
import { startQuickLook } from './helpers/runView';
import { expect, test } from './helpers/test';

/**
 * No Results figure is silently empty: after a Quick look every figure draws data marks, and where a smaller run
 * cannot fill one, it says why and links to the run that fills it.
 */
test.describe.configure({ timeout: 300_000 });

let server: FakeOpenAI | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

/** What counts as a drawn value in each Results figure (hatched "undefined" cells and people-only points do not). */
const DATA_MARKS: Record<string, string> = {
  'category-bars': '[data-category][data-value]',
  'country-map': '[data-country]:not([data-no-data])',
  'question-scatter': '[data-point]',
  'category-country-heatmap': 'rect[data-row]:not([fill^="url("])',
  'cultural-map': '[data-point]:not([data-point^="human-"])',
};

async function figureIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-figure]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-figure') ?? ''));
}

test('after a Quick look through an endpoint, every Results figure draws values', async ({ page }) => {
  server = await startFakeOpenAI({ mode: 'noisy', seed: 3 });
  await startQuickLook(page, server.url);
  await expect(page.getByTestId('run-status')).toHaveText('Finished.', { timeout: 200_000 });
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 120_000 });
  await expect(page.locator('[data-figure="country-map"] [data-country]').first()).toBeAttached({ timeout: 30_000 });

  const ids = await figureIds(page);
  expect(ids.sort()).toEqual(Object.keys(DATA_MARKS).sort());
  for (const id of ids) {
    const figure = page.locator(`[data-figure="${id}"]`);
    await expect(figure.locator('[data-figure-gap]'), id).toHaveCount(0);
    expect(await figure.locator(DATA_MARKS[id] ?? 'nothing').count(), id).toBeGreaterThan(0);
  }
});

test('a two-question run says why the heatmap and the cultural map are empty and links to the runs that fill them', async ({
  page,
}) => {
  await page.goto('./#/run?engine=baseline&baseline=world-average');
  await page.getByRole('radio', { name: /Choose questions/ }).check();
  await page.getByLabel('Questions to run').selectOption(['Q1', 'Q2']);
  await expect(page.getByTestId('prompt-count')).toContainText('2 questions × 19 countries');
  await page.getByRole('button', { name: 'Start the run' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Finished.', { timeout: 60_000 });
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 120_000 });
  await expect(page.locator('[data-figure="country-map"] [data-country]').first()).toBeAttached({ timeout: 30_000 });

  // Every figure either draws values or explains itself; none is empty without a word.
  for (const id of await figureIds(page)) {
    const figure = page.locator(`[data-figure="${id}"]`);
    const marks = await figure.locator(DATA_MARKS[id] ?? 'nothing').count();
    const gaps = await figure.locator('[data-figure-gap]').count();
    expect(marks + gaps, id).toBeGreaterThan(0);
  }

  const heatmapGap = page.locator('[data-figure="category-country-heatmap"] [data-figure-gap]');
  await expect(heatmapGap).toContainText(
    'Needs at least 3 questions per topic — this run has at most 2 questions in any topic.',
  );
  const mapGap = page.locator('[data-figure="cultural-map"] [data-figure-gap]');
  await expect(mapGap).toContainText('No persona could be placed');
  await expect(mapGap.getByRole('link')).toHaveAttribute(
    'href',
    '#/run?engine=baseline&baseline=world-average&scope=cultural-map',
  );

  await heatmapGap.getByRole('link', { name: /Run a Quick look/ }).click();
  await expect(page.getByRole('radio', { name: /A baseline/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /World average/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Quick look/ })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Start the run' })).toBeEnabled();
});
