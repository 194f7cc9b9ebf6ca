import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { DEFAULT_FAKE_MODEL, startFakeOpenAI, type FakeOpenAI } from '../fake-openai/server';
import { readDatasetFile } from './helpers/datasetFile.ts';
import { importRun } from './helpers/importRun.ts';
import { openImportedRun } from './helpers/openImportedRun.ts';
import { buildRunFile, oracleAnswer, type Answer } from './helpers/runFiles.ts';
import { smallRunAnswer } from './helpers/smallRun.ts';
import { expect, test } from './helpers/test.ts';

/**
 * Issue 10, items 4, 5 and 8 through the built app: the cultural map places people like the model (an oracle lands
 * on them), a run over all 66 countries compares the trust questions over every country with a mean, and an imported
 * run re-exports its own prompt wording.
 */
test.describe.configure({ timeout: 300_000 });

const file = readDatasetFile() as ReturnType<typeof readDatasetFile> & {
  supplementary: { id: string; means: Record<string, Record<string, number>> }[];
};

/** The fourteen questions the Inglehart–Welzel recipe reads (PROVENANCE §5), written here, not taken from the app. */
const MAP_QUESTIONS = [
  'Q46',
  'Q57',
  'Q45',
  'Q209',
  'Q164',
  'Q182',
  'Q184',
  'Q254',
  'Q154',
  'Q155',
  'Q8',
  'Q14',
  'Q15',
  'Q17',
];

const onlyMapQuestions =
  (answer: Answer): Answer =>
  (questionId, countryId) =>
    MAP_QUESTIONS.includes(questionId) ? answer(questionId, countryId) : null;

async function showTable(figure: Locator): Promise<void> {
  await figure.getByRole('button', { name: 'Show table' }).click();
}

test('an oracle run lands exactly on its people on the cultural map; the published layer is off until asked for', async ({
  page,
}) => {
  const oracle = buildRunFile({
    id: 'e2e-map-oracle',
    name: 'Map oracle',
    modelId: 'oracle',
    answer: onlyMapQuestions(oracleAnswer),
  });
  await openImportedRun(page, oracle, 'map-oracle');
  const figure = page.locator('[data-figure="cultural-map"]');
  await expect(figure.locator('[data-legend-label*="Published"]')).toHaveCount(0);
  await showTable(figure);

  // Countries whose people answered all fourteen questions, from the data file.
  const placeable = file.countries
    .map((country) => country.id)
    .filter((id) => MAP_QUESTIONS.every((question) => file.responses[question]?.[id] !== undefined));
  expect(placeable.length).toBeGreaterThan(10);
  const rows = figure.locator('tbody tr');
  await expect(rows).toHaveCount(placeable.length);
  for (const id of placeable) {
    const row = figure.locator(`tr[data-country="${id}"]`);
    const raw = async (value: string) => Number(await row.locator(`[data-value="${value}"]`).getAttribute('data-raw'));
    const [modelX, modelY, peopleX, peopleY] = await Promise.all(
      ['model-rc1', 'model-rc2', 'people-rc1', 'people-rc2'].map(raw),
    );
    expect(Number.isFinite(peopleX) && Number.isFinite(peopleY), `${id} has a people position`).toBe(true);
    expect(Math.abs((modelX as number) - (peopleX as number)), `${id} RC1`).toBeLessThanOrEqual(1e-9);
    expect(Math.abs((modelY as number) - (peopleY as number)), `${id} RC2`).toBeLessThanOrEqual(1e-9);
  }
  await expect(figure.getByRole('columnheader', { name: 'Published RC1' })).toHaveCount(0);

  await page.locator('[data-layer="published"]').check();
  await expect(figure.getByRole('columnheader', { name: 'Published RC1' })).toBeVisible();
  await showChart(figure);
  await expect(
    figure.locator('[data-legend-label="Published positions (Tao et al., all waves, weighted)"]'),
  ).toHaveCount(1);
});

async function showChart(figure: Locator): Promise<void> {
  await figure.getByRole('button', { name: 'Show chart' }).click();
}

let server: FakeOpenAI | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

test('a run over all 66 countries compares Q57 over every country with a distribution or a supplementary mean', async ({
  page,
}) => {
  server = await startFakeOpenAI({ mode: 'oracle' });
  await page.goto('./#/run');
  await page.getByLabel('A model served on your machine (OpenAI-compatible endpoint)').check();
  await page.getByLabel('Base URL').fill(server.url);
  await page.getByLabel('Model', { exact: true }).fill(DEFAULT_FAKE_MODEL);
  await page.getByLabel('Choose questions:').check();
  await page.getByLabel('Questions to run').selectOption(['Q57']);
  await page.getByRole('radio', { name: /^All 66 WVS-7 countries/ }).check();
  await expect(page.getByTestId('prompt-count')).toContainText('× 66 countries');
  await page.getByRole('button', { name: 'Start the run' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Finished.', { timeout: 180_000 });
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 180_000 });

  // Every country with people's answers to Q57 or a supplementary Q57 mean, from the data file.
  const withDistribution = new Set(Object.keys(file.responses['Q57'] ?? {}));
  const withData = new Set([
    ...withDistribution,
    ...file.supplementary.flatMap((source) => Object.keys(source.means['Q57'] ?? {})),
  ]);
  const expected = file.countries.filter((country) => withData.has(country.id)).length;
  expect(expected).toBeGreaterThan(19);

  const figure = page.locator('[data-figure="question-scatter"]');
  await showTable(figure);
  await expect(figure.locator('tbody tr')).toHaveCount(expected);
  await expect(page.locator('[data-coverage="distribution-countries"]')).toHaveText(String(withDistribution.size));
  await expect(page.locator('[data-coverage="supplementary-countries"]')).toHaveText(
    String(expected - withDistribution.size),
  );
});

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [downloaded]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await downloaded.path(), 'utf8');
}

test("an imported run re-exports its own prompt template, not this build's", async ({ page }) => {
  const run = buildRunFile({
    id: 'e2e-own-template',
    name: 'Own template',
    modelId: 'oracle',
    answer: smallRunAnswer(oracleAnswer),
    templateHash: 'hash-of-another-build',
  });
  const theirs = {
    settings: { persona: 'third-person', language: 'en', order: 'original' },
    hash: 'hash-of-another-build',
    text: 'Wording of another build: how would someone from {country} answer? Reply with the letter only.',
  };
  await importRun(page, { ...run, promptTemplate: theirs }, 'own-template');
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 120_000 });
  const text = await download(page, () => page.getByRole('button', { name: 'Export run (JSON)' }).click());
  const exported = JSON.parse(text) as { promptTemplate: unknown; run: Record<string, unknown> };
  expect(exported.promptTemplate).toEqual(theirs);
  expect(exported.run).not.toHaveProperty('promptTemplate');
});
