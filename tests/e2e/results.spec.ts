import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import type { RunSummary } from '../../src/lib/metrics/index.ts';
import type { RunExportFile } from '../../src/lib/store/index.ts';
import { expect, test } from './helpers/test.ts';
import { openImportedRun } from './helpers/openImportedRun.ts';
import { mean, meanPairs, pearsonR, pooledR, questionRs } from './helpers/independentStats.ts';
import { buildRunFile, dataset, oracleAnswer, twoDecimals, usaAnswer } from './helpers/runFiles.ts';

const oracle = buildRunFile({ id: 'e2e-oracle', name: 'Oracle', modelId: 'oracle', answer: oracleAnswer });
const usa = buildRunFile({ id: 'e2e-usa', name: 'USA for everyone', modelId: 'usa', answer: usaAnswer });

const headline = (page: Page, metric: string) => page.locator(`[data-metric="${metric}"][data-series="model"]`);

async function downloadBytes(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const { name, bytes } = await downloadBytes(page, click);
  return { name, text: bytes.toString('utf8') };
}

test.describe.configure({ timeout: 240_000 });

test('oracle: r = 1.00 and 1 − JSD = 1.00; view = exported summary = figures computed in the test; import elsewhere shows the same', async ({
  page,
  browser,
}) => {
  await openImportedRun(page, oracle, 'oracle');
  await expect(headline(page, 'pooledPearson')).toHaveText('1.00');
  await expect(headline(page, 'meanJsdSimilarity')).toHaveText('1.00');

  const exported = await downloadText(page, () => page.getByRole('button', { name: 'Export run (JSON)' }).click());
  const file = JSON.parse(exported.text) as RunExportFile<RunSummary & { allowedMass: { threshold: number } }>;
  const shown = {
    pooledPearson: await headline(page, 'pooledPearson').textContent(),
    meanQuestionPearson: await headline(page, 'meanQuestionPearson').textContent(),
    meanJsdSimilarity: await headline(page, 'meanJsdSimilarity').textContent(),
    meanWassersteinSimilarity: await headline(page, 'meanWassersteinSimilarity').textContent(),
  };
  const estimates = file.summary.headline;
  const fromFile = Object.fromEntries(
    (Object.keys(shown) as (keyof typeof shown)[]).map((key) => [key, twoDecimals(estimates[key].estimate)]),
  );
  expect(shown).toEqual(fromFile);
  // The exported figures against the test's own computation from the exported answers.
  const pairs = meanPairs(dataset, file.items);
  expect(estimates.pooledPearson.estimate).toBeCloseTo(pooledR(pairs) as number, 12);
  expect(estimates.meanQuestionPearson.estimate).toBeCloseTo(
    mean([...questionRs(pairs).values()].map((entry) => entry.r)) as number,
    12,
  );
  expect(estimates.fisherMeanQuestionPearson).toBeCloseTo(0.999, 12);
  expect(file.summary.allowedMass).toMatchObject({ threshold: 0.5, lowAllowedMassItems: 0 });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openImportedRun(other, file, 'reimported');
  for (const [metric, text] of Object.entries(shown)) await expect(headline(other, metric)).toHaveText(text ?? '');
  await expect(other.locator('[data-coverage="pairs"]')).toHaveText(
    (await page.locator('[data-coverage="pairs"]').textContent()) ?? '',
  );
  await fresh.close();
});

test('USA for everyone: the Western gap is positive and the USA ranks first', async ({ page }) => {
  await openImportedRun(page, usa, 'usa');
  const gapText = (await page.locator('[data-western-gap]').textContent()) ?? '';
  expect(Number(gapText.replace('−', '-'))).toBeGreaterThan(0);
  await expect(page.locator('table[data-ranking] tr[data-rank="1"]')).toHaveAttribute('data-country', 'USA');
});

test('SVG export of the category chart and the map: valid SVG with one mark per value', async ({ page }) => {
  // The oracle, because everyone-like-USA leaves every per-question r (and so every category) undefined.
  await openImportedRun(page, oracle, 'oracle');
  const pairs = meanPairs(dataset, oracle.items);
  const categoriesWithValue = new Set([...questionRs(pairs).values()].map((entry) => entry.category)).size;
  const countries = [...new Set(pairs.map((pair) => pair.countryId))];
  const countriesWithValue = countries.filter((countryId) => {
    const own = pairs.filter((pair) => pair.countryId === countryId);
    return (
      pearsonR(
        own.map((pair) => pair.model),
        own.map((pair) => pair.human),
      ) !== null
    );
  }).length;
  const scoredCategories = new Set(
    oracle.items.flatMap((item) => {
      const question = dataset.questions.find((entry) => entry.id === item.questionId);
      return question && question.flags.length === 0 ? [question.category] : [];
    }),
  ).size;
  expect(categoriesWithValue).toBeGreaterThan(0);
  expect(countriesWithValue).toBeGreaterThan(0);

  const figure = (id: string) => page.locator(`[data-figure="${id}"]`);
  await expect(figure('country-map').locator('[data-country]').first()).toBeAttached({ timeout: 30_000 });
  const checks: [string, string, number][] = [
    ['category-bars', '[data-category][data-value]', categoriesWithValue],
    ['country-map', '[data-country]:not([data-no-data])', countriesWithValue],
  ];
  for (const [id, selector, expected] of checks) {
    const svg = await downloadText(page, () => figure(id).getByRole('button', { name: 'SVG' }).click());
    expect(svg.name).toMatch(/\.svg$/);
    const parsed = await page.evaluate(
      ([text, markSelector]) => {
        const document = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: document.querySelector('parsererror')?.textContent ?? null,
          root: document.documentElement.nodeName,
          marks: document.querySelectorAll(markSelector).length,
        };
      },
      [svg.text, selector] as const,
    );
    expect(parsed).toEqual({ error: null, root: 'svg', marks: expected });
  }

  const png = await downloadBytes(page, () => figure('category-bars').getByRole('button', { name: 'PNG' }).click());
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const csv = await downloadText(page, () => figure('category-bars').getByRole('button', { name: 'CSV' }).click());
  const lines = csv.text.split('\n');
  expect(lines[0]).toBe(
    'category,group,mean_question_r,ci_low,ci_high,fisher_z_mean_r,questions_used,questions_undefined,mean_jsd_similarity',
  );
  expect(lines).toHaveLength(scoredCategories + 1);
});

test('a link with a question and country reproduces the per-question view', async ({ page }) => {
  await openImportedRun(page, usa, 'usa');
  await page.goto('./#/results?run=e2e-usa&q=Q164&c=KEN');
  await page.reload();
  await expect(page.locator('[data-distribution-comparison] caption')).toHaveText(
    'Q164 in Kenya: people vs USA for everyone',
    { timeout: 60_000 },
  );
});

test('keyboard only: tabbing into the map shows a country’s tooltip', async ({ page }) => {
  await openImportedRun(page, usa, 'usa');
  const map = page.locator('[data-figure="country-map"]');
  await expect(map.locator('[data-country]').first()).toBeAttached({ timeout: 30_000 });
  await map.getByRole('button', { name: 'CSV' }).focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('[data-figure="country-map"] [data-country]:focus');
  await expect(focused).toHaveCount(1);
  const countryId = await focused.getAttribute('data-country');
  const name = dataset.countries.find((country) => country.id === countryId)?.name;
  const tooltip = map.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(name ?? 'missing country');
  await expect(tooltip).toContainText('r =');
});
