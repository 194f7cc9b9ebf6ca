import type { Page } from '@playwright/test';
import { DEFAULT_FAKE_MODEL, startFakeOpenAI, type FakeOpenAI } from '../fake-openai/server';
import { readDatasetFile } from './helpers/datasetFile';
import { readStore } from './helpers/storedRuns';
import { expect, test } from './helpers/test';

/** Run view fixes of issue 12 item 7, in the test Chromium, which has no WebGPU adapter. */
test.describe.configure({ timeout: 180_000 });

const dataset = readDatasetFile();

let server: FakeOpenAI | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

const engine = (page: Page, label: RegExp) => page.getByRole('radio', { name: label });

test('without WebGPU the Run view opens on the baselines, ready to start, and says why', async ({ page }) => {
  await page.goto('./#/run');
  await expect(engine(page, /A baseline/)).toBeChecked({ timeout: 30_000 });
  await expect(page.getByTestId('engine-fallback')).toContainText('no WebGPU');
  await expect(page.getByTestId('engine-fallback')).toContainText('the baselines');
  await expect(page.getByRole('button', { name: 'Start the run' })).toBeEnabled();

  // WebLLM is still one click away, with the guidance.
  await engine(page, /A model in this browser/).check();
  await expect(page.getByTestId('capability-verdict')).toHaveAttribute('data-state', 'no-webgpu');
});

test('without WebGPU, a browser that used an endpoint before opens on the endpoint form', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('valueprobe.endpoint.baseUrl', 'http://127.0.0.1:9/v1');
    localStorage.setItem('valueprobe.endpoint.model', 'llama3.2:3b');
  });
  await page.goto('./#/run');
  await expect(engine(page, /A model served on your machine/)).toBeChecked({ timeout: 30_000 });
  await expect(page.getByTestId('engine-fallback')).toContainText('your local endpoint');
  await expect(page.getByRole('button', { name: 'Start the run' })).toBeEnabled();
});

test('a link that names an engine keeps it, even WebLLM without WebGPU', async ({ page }) => {
  await page.goto('./#/run?engine=webllm&scope=cultural-map');
  await expect(page.getByTestId('capability-verdict')).toHaveAttribute('data-state', 'no-webgpu', {
    timeout: 30_000,
  });
  await expect(engine(page, /A model in this browser/)).toBeChecked();
  await expect(page.getByTestId('engine-fallback')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: /The cultural map items/ })).toBeChecked();
});

test('progress names the question and country in words and shows the latest answer as a distribution', async ({
  page,
}) => {
  server = await startFakeOpenAI({ mode: 'noisy', seed: 5 });
  // One topic from a link: 12 religious-values questions × 19 countries.
  await page.goto('./#/run?engine=endpoint&scope=category&topic=religious-values');
  await page.getByLabel('Base URL').fill(server.url);
  await page.getByLabel('Model', { exact: true }).fill(DEFAULT_FAKE_MODEL);
  await expect(page.getByTestId('prompt-count')).toContainText('12 questions × 19 countries');
  await page.getByRole('button', { name: 'Start the run' }).click();

  await expect(page.getByTestId('now-asking')).toHaveText(/^Now asking “.+” \(Q\d+\) as a person from [A-Z][a-z]/, {
    timeout: 60_000,
  });
  await expect(page.getByTestId('run-status')).toHaveText('Finished.', { timeout: 150_000 });

  // The sentence is checked against the stored answer it names, recomputed here.
  const sentence = (await page.getByTestId('latest-answer-sentence').textContent()) ?? '';
  const match = /^As a person from (.+): “(.+)” → (\d+) % (.+)$/.exec(sentence);
  expect(match, sentence).not.toBeNull();
  const [, countryName, label, percent, option] = match as unknown as [string, string, string, string, string];
  const country = dataset.countries.find((entry) => entry.name === countryName);
  const question = dataset.questions.find((entry) => entry.label === label);
  expect(country && question, sentence).toBeTruthy();
  const { results } = await readStore(page);
  const stored = results.find((result) => result.questionId === question?.id && result.countryId === country?.id);
  expect(stored).toBeDefined();
  const probs = stored?.probs ?? [];
  const top = probs.indexOf(Math.max(...probs));
  expect(option).toBe(question?.options[top]?.text);
  expect(Number(percent)).toBe(Math.round((probs[top] ?? Number.NaN) * 100));

  const rows = page.getByTestId('latest-answer').getByRole('listitem');
  await expect(rows).toHaveCount(question?.options.length ?? -1);
  await expect(rows.nth(top)).toContainText(`${percent} %`);
});
