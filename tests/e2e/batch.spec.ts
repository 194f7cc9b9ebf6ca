import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parseDataset } from '../../src/lib/survey/parseDataset';
import { writeBatchOutput, type BatchFailure } from '../batch/writeBatchOutput';
import { createChatAnswerer } from '../fake-openai/chatAnswerer';
import { DEFAULT_FAKE_MODEL, startFakeOpenAI, type FakeOpenAI, type FakeOpenAIOptions } from '../fake-openai/server';
import { startQuickLook } from './helpers/runView';
import { readStore, type StoredResult } from './helpers/storedRuns';
import { expect, test } from './helpers/test';

// A live Quick look (760 prompts over HTTP) and two imports: allow for a slow, shared machine.
test.describe.configure({ timeout: 240_000 });

const dataset = parseDataset(
  JSON.parse(readFileSync(new URL('../../public/data/wvs7-dataset.json', import.meta.url), 'utf8')),
);
// Noisy answers with 10 % of the mass off the labels: every item differs and allowedMass matters.
const fakeOptions: FakeOpenAIOptions = { mode: 'noisy', seed: 11, noise: 0.7, labelMass: 0.9, dataset };

let server: FakeOpenAI | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await download.path(), 'utf8');
}

function customIds(jsonl: string): string[] {
  return jsonl
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { custom_id: string }).custom_id);
}

async function importOutput(page: Page, runName: string, name: string, text: string): Promise<void> {
  await page
    .getByLabel(`Import batch results for ${runName}`)
    .setInputFiles({ name, mimeType: 'application/jsonl', buffer: Buffer.from(text) });
}

/** What the model answered for each item, as stored. */
function answersOf(results: StoredResult[], runId: string) {
  return new Map(
    results
      .filter((result) => result.runId === runId)
      .map(({ itemKey, probs, allowedMass, method }) => [itemKey, { probs, allowedMass, method }]),
  );
}

test('a batch file round trip fills the run exactly as the live endpoint run; an endpoint resumes failed lines', async ({
  page,
}) => {
  server = await startFakeOpenAI(fakeOptions);
  await startQuickLook(page, server.url);
  await expect(page.getByTestId('run-status')).toHaveText('Finished.', { timeout: 180_000 });
  const liveRunId = (await readStore(page)).runs[0]?.id ?? '';

  await page.getByRole('button', { name: 'Start another run' }).click();
  await page.getByLabel('Batch file (vLLM / OpenAI Batch)').check();
  await page.getByLabel('Model name on the batch server').fill(DEFAULT_FAKE_MODEL);
  await page.getByLabel('Run name (optional)').fill('Cluster run');
  await expect(page.getByTestId('prompt-count')).toContainText('760 prompts (40 questions × 19 countries)');
  const input = await downloadedText(page, () =>
    page.getByRole('button', { name: 'Create the run and download the batch file' }).click(),
  );
  await expect(page.getByTestId('batch-notice')).toContainText(
    'Created the run "Cluster run" and downloaded its batch input (760 lines).',
  );
  const ids = customIds(input);
  expect(ids).toHaveLength(760);
  expect(new Set(ids).size).toBe(760);
  const first = JSON.parse(input.split('\n')[0] ?? '') as { url: string; body: Record<string, unknown> };
  expect(first.url).toBe('/v1/chat/completions');
  expect(first.body).toMatchObject({ model: DEFAULT_FAKE_MODEL, max_tokens: 1, logprobs: true, top_logprobs: 20 });

  const unanswered = (await readStore(page)).runs.find((run) => run.id !== liveRunId);
  expect(unanswered).toMatchObject({ status: 'paused', doneItems: 0, totalItems: 760 });
  const batchRunId = unanswered?.id ?? '';

  // A malformed file is refused line by line and changes nothing.
  await importOutput(page, 'Cluster run', 'broken.jsonl', '{"custom_id": "Q1|USA|original",\n[]\n');
  const alert = page.getByTestId('batch-notice').getByRole('alert');
  await expect(alert).toContainText('broken.jsonl was not imported (nothing was changed):');
  await expect(alert).toContainText('Line 1: not JSON');
  await expect(alert).toContainText('Line 2: the line must be an object, got a list of 0');
  expect((await readStore(page)).results.filter((result) => result.runId === batchRunId)).toEqual([]);

  // The batch server failed two requests: one raised, one answered 503.
  const failures = new Map<string, BatchFailure>([
    [ids[4] ?? '', 'exception'],
    [ids[100] ?? '', 503],
  ]);
  const output = writeBatchOutput(input, createChatAnswerer(fakeOptions, dataset), failures);
  await importOutput(page, 'Cluster run', 'results.jsonl', output);
  const notice = page.getByTestId('batch-notice');
  await expect(notice.getByRole('status')).toContainText(
    'Imported 758 answers from results.jsonl into "Cluster run". 2 lines gave no usable answer',
  );
  await expect(notice.getByRole('status')).toContainText('2 of 760 items still have no answer');
  await expect(notice.getByRole('listitem')).toHaveText([
    `Line 5 (${ids[4]}): CUDA out of memory. Tried to allocate 2.00 GiB`,
    `Line 101 (${ids[100]}): 503: The server answered 503.`,
  ]);
  const resumable = page.getByRole('region', { name: 'Unfinished runs' });
  await expect(resumable).toContainText('Cluster run: 758 of 760 prompts answered');

  const live = answersOf((await readStore(page)).results, liveRunId);
  const partial = answersOf((await readStore(page)).results, batchRunId);
  expect(live.size).toBe(760);
  expect([...partial.keys()].sort()).toEqual(ids.filter((id) => !failures.has(id)).sort());
  for (const [key, answer] of partial) expect(answer, key).toEqual(live.get(key));

  // The failed items stay open: the next batch input asks exactly those, and the endpoint engine can answer them.
  const rest = await downloadedText(page, () =>
    resumable.getByRole('button', { name: 'Download batch input' }).click(),
  );
  expect(customIds(rest).sort()).toEqual([...failures.keys()].sort());
  const askedBefore = server.requests.length;
  await resumable.getByRole('button', { name: 'Resume with the endpoint' }).click();
  await expect(page.getByTestId('run-status')).toHaveText('Finished.', { timeout: 60_000 });
  // Exactly the two items (the page kept the live run's engine loaded, so there is no load probe either).
  const asked = server.requests
    .slice(askedBefore)
    .filter((request) => request.method === 'POST' && !JSON.stringify(request.body).includes('Reply with the letter'));
  expect(asked).toHaveLength(2);

  const { runs, results } = await readStore(page);
  expect(runs.find((run) => run.id === batchRunId)).toMatchObject({ status: 'completed', doneItems: 760 });
  const complete = answersOf(results, batchRunId);
  expect(results.filter((result) => result.runId === batchRunId)).toHaveLength(760);
  expect(complete).toEqual(live);
});
