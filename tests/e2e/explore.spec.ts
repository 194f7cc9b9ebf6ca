import type { Page } from '@playwright/test';
import { readDatasetFile } from './helpers/datasetFile.ts';
import { expect, test } from './helpers/test.ts';

const dataset = readDatasetFile();
const godResponses = dataset.responses.Q164 ?? {};
const mapped = dataset.countries.filter((country) => country.ownPolygon);

/** Formats as the page should, computed here independently of the app's code. */
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const twoDecimals = (value: number) => value.toFixed(2);

const map = (page: Page) => page.locator('[data-figure="explore-map"]');

/** Opens Explore and waits for the map; generous because the shared CI machine can take seconds to start the page. */
async function openExplore(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  await expect(map(page).locator('[data-country]').first()).toBeAttached({ timeout: 30_000 });
}

test('the production build loads Explore without console errors', async ({ page, consoleErrors }) => {
  await openExplore(page, '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How people answered');
  await expect(page.locator('#explore-question')).toContainText('How important is God in your life');
  expect(consoleErrors).toEqual([]);
});

test('searching "God" finds Q164 and selects it', async ({ page }) => {
  await openExplore(page, '#/explore?q=Q1');
  const search = page.getByRole('combobox', { name: 'Find a question' });
  await search.fill('God');
  const option = page.getByRole('option', { name: /Q164\s+Importance of God/ });
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(/#\/explore\?q=Q164/);
  await expect(page.locator('#explore-question')).toContainText('How important is God in your life');
});

test('the map colours exactly the countries that have answers to Q164', async ({ page }) => {
  await openExplore(page, '#/explore?q=Q164');
  const expected = mapped
    .filter((country) => godResponses[country.id])
    .map((country) => country.id)
    .sort();
  const noData = mapped
    .filter((country) => !godResponses[country.id])
    .map((country) => country.id)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  const coloured = await map(page)
    .locator('[data-country]:not([data-no-data])')
    .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-country')));
  const hatched = await map(page)
    .locator('[data-country][data-no-data]')
    .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-country')));
  expect(coloured.sort()).toEqual(expected);
  expect(hatched.sort()).toEqual(noData);

  // Countries too small to see get a circle at their centroid; large ones do not.
  const circled = await map(page)
    .locator('[data-country]:has(circle)')
    .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-country')));
  expect(circled.sort()).toEqual(['AND', 'HKG', 'MAC', 'MDV', 'SGP']);
});

test('keyboard focus on Ethiopia shows the distribution from the dataset file', async ({ page }) => {
  await openExplore(page, '#/explore?q=Q164');
  const ethiopia = godResponses.ETH;
  const question = dataset.questions.find((q) => q.id === 'Q164');
  if (!ethiopia || !question)
    throw new Error('The dataset file has no Q164 answers for Ethiopia; the test needs them.');

  await page.getByRole('combobox', { name: 'Find a question' }).focus();
  let focused: string | null = null;
  for (let presses = 0; presses < 80 && focused !== 'ETH'; presses += 1) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(
      () =>
        document.activeElement?.closest('[data-figure="explore-map"] [data-country]')?.getAttribute('data-country') ??
        null,
    );
  }
  expect(focused).toBe('ETH');

  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Ethiopia');
  await expect(tooltip).toContainText(`n = ${ethiopia.n.toLocaleString('en')}`);
  await expect(tooltip).toContainText(`mean ${twoDecimals(ethiopia.mean ?? Number.NaN)}`);
  for (const [index, option] of question.options.entries()) {
    const share = tooltip.locator(`[data-share="${option.code}"]`);
    await expect(share).toHaveText(percent(ethiopia.distribution[index] ?? Number.NaN));
  }
  await expect(page.locator('[data-figure="explore-map"] [data-country="ETH"]')).toHaveAttribute(
    'aria-describedby',
    /tooltip/,
  );
});

test('the URL keeps the selection across a reload', async ({ page }) => {
  await openExplore(page, '#/explore?q=Q164');
  await page.getByRole('combobox', { name: 'Find a question' }).fill('Q57');
  await page.keyboard.press('Enter');
  await page.getByLabel('Category').selectOption({ label: 'Social Capital, Trust and Organizational Membership' });
  await expect(page).toHaveURL(/q=Q57&category=social-capital-trust/);
  const q57 = dataset.questions.find((q) => q.id === 'Q57');
  await page.reload();
  await expect(page.locator('#explore-question')).toHaveText(q57?.text ?? 'Q57 missing from the dataset file');
  await expect(page.getByLabel('Category')).toHaveValue('social-capital-trust');
});

test('the table lists the same means as the dataset file', async ({ page }) => {
  await openExplore(page, '#/explore?q=Q164');
  const bars = page.locator('[data-figure="explore-bars"]');
  await bars.getByRole('button', { name: 'Show table' }).click();
  const rows = bars.locator('table[data-table="explore"] tbody tr');
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-country'), tr.querySelector('[data-mean]')?.textContent ?? '']),
  );
  const expected = Object.entries(godResponses).map(([id, response]) => [id, twoDecimals(response.mean ?? Number.NaN)]);
  expect(shown.sort()).toEqual(expected.sort());
});

test('a failed dataset download says so and Retry loads it', async ({ page, consoleErrors }) => {
  let failNext = true;
  await page.route('**/data/wvs7-dataset.json', (route) =>
    failNext ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
  );
  await page.goto('./#/explore?q=Q164');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The survey data did not load', { timeout: 30_000 });
  await expect(alert).toContainText('HTTP 503');

  // The browser logs the failed request itself; that one error is expected, anything else is not.
  expect(consoleErrors).toEqual([expect.stringContaining('503')]);
  consoleErrors.length = 0;

  failNext = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(map(page).locator('[data-country="ETH"]')).toBeAttached({ timeout: 30_000 });
});
