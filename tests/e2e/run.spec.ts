import type { Page } from '@playwright/test';
import { startFakeOpenAI, type FakeOpenAI, type FakeOpenAIOptions } from '../fake-openai/server';
import { readDatasetFile } from './helpers/datasetFile';
import { startQuickLook } from './helpers/runView';
import { readStore, type StoredResult } from './helpers/storedRuns';
import { expect, test } from './helpers/test';

const dataset = readDatasetFile();

// Each run asks a few hundred prompts over HTTP; allow for a slow, shared CI machine.
test.describe.configure({ timeout: 240_000 });

let server: FakeOpenAI | null = null;

async function startServer(options: FakeOpenAIOptions): Promise<FakeOpenAI> {
  server = await startFakeOpenAI(options);
  return server;
}

test.afterEach(async () => {
  await server?.close();
  server = null;
});

const status = (page: Page) => page.getByTestId('run-status');

/** Independent Pearson r (null when either side does not vary), to check the app's claim of r = 1. */
function pearson(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx < 1e-24 || syy < 1e-24 ? null : sxy / Math.sqrt(sxx * syy);
}

function meanOf(questionId: string, probs: number[]): number | null {
  const question = dataset.questions.find((q) => q.id === questionId) as
    { options: { value: number | null }[]; scaleType?: string } | undefined;
  if (!question || question.scaleType === 'nominal') return null;
  let mass = 0;
  let sum = 0;
  question.options.forEach((option, index) => {
    if (option.value === null) return;
    mass += probs[index] ?? 0;
    sum += (probs[index] ?? 0) * option.value;
  });
  return mass > 0 ? sum / mass : null;
}

function expectEveryPlannedItemOnce(
  results: StoredResult[],
  runId: string,
  scope: { questionIds: string[]; countryIds: string[] },
) {
  const keys = results.filter((result) => result.runId === runId).map((result) => result.itemKey);
  const planned = scope.questionIds.flatMap((q) => scope.countryIds.map((c) => `${q}|${c}|original`));
  expect(new Set(keys).size).toBe(keys.length);
  expect([...keys].sort()).toEqual([...planned].sort());
}

test('a Quick look run through a logprob endpoint stores the human distributions and gives r = 1', async ({ page }) => {
  const fake = await startServer({ mode: 'oracle' });
  await startQuickLook(page, fake.url);
  await expect(status(page)).toHaveText('Finished.', { timeout: 180_000 });

  const { runs, results } = await readStore(page);
  expect(runs).toHaveLength(1);
  const run = runs[0] as (typeof runs)[number] & { scope: { questionIds: string[]; countryIds: string[] } };
  expect(run.status).toBe('completed');
  expect(run.scope.countryIds).toHaveLength(19);
  // Quick look: at least 3 questions of each of the 12 scored topics, plus the cultural-map items.
  const scopeIds = run.scope.questionIds;
  expect(scopeIds.length).toBeGreaterThanOrEqual(12 * 3);
  const ordered = scopeIds.filter((id) => dataset.questions.find((q) => q.id === id)?.scaleType !== 'nominal');
  expectEveryPlannedItemOnce(results, run.id, run.scope);

  let compared = 0;
  for (const result of results) {
    expect(result.method).toBe('top-logprobs');
    const human = dataset.responses[result.questionId]?.[result.countryId];
    if (!human) continue;
    human.distribution.forEach((share, index) =>
      expect(Math.abs((result.probs[index] ?? Number.NaN) - share)).toBeLessThan(1e-6),
    );
    compared += 1;
  }
  expect(compared).toBeGreaterThan(400);

  const byQuestion = new Map<string, { model: number[]; human: number[] }>();
  for (const result of results) {
    const human = dataset.responses[result.questionId]?.[result.countryId];
    const model = meanOf(result.questionId, result.probs);
    if (!human || human.mean === null || model === null) continue;
    const pair = byQuestion.get(result.questionId) ?? { model: [], human: [] };
    pair.model.push(model);
    pair.human.push(human.mean);
    byQuestion.set(result.questionId, pair);
  }
  const defined = [...byQuestion.values()]
    .map((pair) => pearson(pair.model, pair.human))
    .filter((r): r is number => r !== null);
  expect(defined.length).toBe(ordered.length);
  for (const r of defined) expect(r).toBeCloseTo(1, 9);
});

test('an endpoint without log-probabilities is sampled and labelled approximate', async ({ page }) => {
  const fake = await startServer({ mode: 'no-logprobs', seed: 7 });
  await startQuickLook(page, fake.url);
  await expect(status(page)).toHaveText('Finished.', { timeout: 180_000 });
  await expect(page.getByTestId('method-note')).toContainText('approximate');

  const { runs, results } = await readStore(page);
  const scope = (runs[0] as { scope: { questionIds: string[] } } | undefined)?.scope;
  expect(results.length).toBe((scope?.questionIds.length ?? 0) * 19);
  for (const result of results) {
    expect(result.method).toBe('sampling');
    expect(result.samples).toBe(20);
    // Counts of 20 draws: every probability is a multiple of 1/20.
    for (const p of result.probs) expect(Math.abs(p * 20 - Math.round(p * 20))).toBeLessThan(1e-9);
  }
});

test('a failing endpoint pauses the run; resuming completes it with no duplicate or missing item', async ({
  page,
  consoleErrors,
}) => {
  const failAt = 50;
  const fake = await startServer({ mode: 'fail-at', failAt });
  await startQuickLook(page, fake.url);
  await expect(status(page)).toContainText('Paused: Stopped at', { timeout: 180_000 });

  const paused = await readStore(page);
  const run = paused.runs[0] as (typeof paused.runs)[number] & {
    scope: { questionIds: string[]; countryIds: string[] };
  };
  expect(run.status).toBe('paused');
  // Chat requests before the failing one succeeded (the first is the engine's probe): they are all stored.
  expect(paused.results.length).toBe(failAt - 2);

  fake.heal();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(status(page)).toHaveText('Finished.', { timeout: 180_000 });
  const { results } = await readStore(page);
  expectEveryPlannedItemOnce(results, run.id, run.scope);
  // The browser logs the HTTP 500 answers themselves; nothing else may have gone wrong.
  const unexpected = consoleErrors.filter((error) => !error.includes('500'));
  expect(unexpected).toEqual([]);
  consoleErrors.length = 0;
});

test('closing the page mid-run and reopening offers to resume, and resuming finishes the run', async ({
  page,
  context,
}) => {
  const fake = await startServer({ mode: 'oracle', delayMs: 15 });
  await startQuickLook(page, fake.url);
  await expect.poll(async () => (await readStore(page)).results.length, { timeout: 30_000 }).toBeGreaterThan(40);
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto('./#/run');
  const resumable = reopened.getByRole('region', { name: 'Unfinished runs' });
  await expect(resumable).toContainText('interrupted');
  await resumable.getByRole('button', { name: 'Resume' }).click();
  await expect(status(reopened)).toHaveText('Finished.', { timeout: 180_000 });

  const { runs, results } = await readStore(reopened);
  const run = runs[0] as (typeof runs)[number] & { scope: { questionIds: string[]; countryIds: string[] } };
  expect(run.status).toBe('completed');
  expectEveryPlannedItemOnce(results, run.id, run.scope);
});
