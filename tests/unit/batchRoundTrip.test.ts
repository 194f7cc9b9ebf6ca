import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAIEngine } from '../../src/lib/engines/openai/createOpenAIEngine.ts';
import { resolveEndpointConfig } from '../../src/lib/engines/openai/config.ts';
import type { PromptSettings } from '../../src/lib/prompt/types.ts';
import { importBatchOutput } from '../../src/lib/runner/batch/importBatchOutput.ts';
import { batchInputFile } from '../../src/lib/runner/batch/batchInputFile.ts';
import { createRun } from '../../src/lib/runner/createRun.ts';
import { executeRun } from '../../src/lib/runner/executeRun.ts';
import { runnerStoreFor } from '../../src/lib/runner/runnerStoreFor.ts';
import { openValueProbeDb } from '../../src/lib/store/openValueProbeDb.ts';
import { listResults } from '../../src/lib/store/results.ts';
import type { ValueProbeDb } from '../../src/lib/store/schema.ts';
import { freshDbName } from '../../src/lib/store/testing/fixtures.ts';
import type { ResultRecord } from '../../src/lib/store/types.ts';
import { builtInReference } from '../../src/lib/survey/builtInReference.ts';
import { parseDataset } from '../../src/lib/survey/parseDataset.ts';
import { countriesWithData, questionsForPreset } from '../../src/lib/views/run/scopePresets.ts';
import { createChatAnswerer } from '../fake-openai/chatAnswerer.ts';
import { DEFAULT_FAKE_MODEL, startFakeOpenAI, type FakeOpenAI, type FakeOpenAIOptions } from '../fake-openai/server.ts';
import { writeBatchOutput, type BatchFailure } from '../batch/writeBatchOutput.ts';

const dataset = parseDataset(
  JSON.parse(readFileSync(new URL('../../public/data/wvs7-dataset.json', import.meta.url), 'utf8')),
);
const reference = builtInReference(dataset);
const quickLook = {
  questionIds: questionsForPreset({ kind: 'quick-look' }, dataset, reference),
  countryIds: countriesWithData(dataset, reference),
};
// Noisy answers with 10 % of the mass off the labels: every item differs and allowedMass matters.
const fakeOptions: FakeOpenAIOptions = { mode: 'noisy', seed: 11, noise: 0.7, labelMass: 0.9 };

const open: { db: ValueProbeDb }[] = [];
let server: FakeOpenAI | null = null;
afterEach(async () => {
  open.splice(0).forEach(({ db }) => db.close());
  await server?.close();
  server = null;
});

async function planRun(promptSettings: PromptSettings, engine: ReturnType<typeof createOpenAIEngine>) {
  const db = await openValueProbeDb({ name: freshDbName() });
  open.push({ db });
  const store = runnerStoreFor(db);
  const run = await createRun(store, dataset, {
    name: 'Quick look',
    engine: engine.descriptor,
    promptSettings,
    templateHash: 'hash',
    referenceId: 'builtin',
    scope: quickLook,
  });
  return { db, store, run };
}

/** What the model answered, without when and how long it took. */
function answers(results: readonly ResultRecord[]) {
  return results
    .map(({ itemKey, probs, allowedMass, method, missingLabels, tokensIn }) => ({
      itemKey,
      probs,
      allowedMass,
      method,
      missingLabels,
      tokensIn,
    }))
    .sort((a, b) => a.itemKey.localeCompare(b.itemKey));
}

async function startEngine() {
  const started = await startFakeOpenAI({ ...fakeOptions, dataset });
  server = started;
  const config = resolveEndpointConfig({ baseUrl: started.url, model: DEFAULT_FAKE_MODEL });
  const engine = createOpenAIEngine(config, { pageOrigin: 'http://127.0.0.1' });
  await engine.load(() => {});
  return { engine, requests: started.requests };
}

type Planned = Awaited<ReturnType<typeof planRun>>;

/** Runs (or resumes) a planned run against the fake server, as the Run view does. */
function runLive(planned: Planned, engine: ReturnType<typeof createOpenAIEngine>) {
  const context = { store: planned.store, dataset };
  return executeRun(planned.run.id, engine, context, { signal: new AbortController().signal });
}

// Hundreds of HTTP requests to the fake server: slower than a unit test on a shared machine.
describe('batch round trip for a Quick look', { timeout: 60_000 }, () => {
  it.each<PromptSettings>([
    { persona: 'person-from', language: 'en', order: 'original' },
    { persona: 'none', language: 'en', order: 'both' },
  ])('equals the live endpoint run item for item (persona $persona, order $order)', async (promptSettings) => {
    const { engine } = await startEngine();
    const live = await planRun(promptSettings, engine);
    const outcome = await runLive(live, engine);
    expect(outcome.status).toBe('completed');

    const batch = await planRun(promptSettings, engine);
    const input = batchInputFile(batch.run, dataset, DEFAULT_FAKE_MODEL);
    const orders = promptSettings.order === 'both' ? 2 : 1;
    const itemCount = quickLook.questionIds.length * quickLook.countryIds.length * orders;
    expect(input.trim().split('\n')).toHaveLength(itemCount);
    const output = writeBatchOutput(input, createChatAnswerer(fakeOptions, dataset));
    const report = await importBatchOutput(batch.store, dataset, batch.run.id, output);
    expect(report).toMatchObject({ imported: itemCount, unanswered: [], remaining: 0 });
    expect(report.run.status).toBe('completed');

    const liveAnswers = answers(await listResults(live.db, live.run.id));
    expect(liveAnswers).toHaveLength(itemCount);
    expect(answers(await listResults(batch.db, batch.run.id))).toEqual(liveAnswers);
  });

  it('leaves failed lines unanswered, and the endpoint engine resumes exactly those items', async () => {
    const { engine, requests } = await startEngine();
    const promptSettings: PromptSettings = { persona: 'person-from', language: 'en', order: 'original' };
    const batch = await planRun(promptSettings, engine);
    const input = batchInputFile(batch.run, dataset, DEFAULT_FAKE_MODEL);
    const [first, second, third] = input
      .split('\n')
      .map((line) => (line ? (JSON.parse(line) as { custom_id: string }) : null));
    const failures = new Map<string, BatchFailure>([
      [first?.custom_id ?? '', 'exception'],
      [third?.custom_id ?? '', 503],
    ]);
    const output = writeBatchOutput(input, createChatAnswerer(fakeOptions, dataset), failures);
    const report = await importBatchOutput(batch.store, dataset, batch.run.id, output);
    expect(report.unanswered.map(({ line, customId }) => [line, customId])).toEqual([
      [1, first?.custom_id],
      [3, third?.custom_id],
    ]);
    expect(report.remaining).toBe(2);
    const stored = new Set((await listResults(batch.db, batch.run.id)).map((result) => result.itemKey));
    expect(stored.has(second?.custom_id ?? '')).toBe(true);
    expect(stored.has(first?.custom_id ?? '')).toBe(false);

    const before = requests.length;
    const outcome = await runLive(batch, engine);
    expect(outcome.status).toBe('completed');
    expect(requests.length - before).toBe(2);
    const live = await planRun(promptSettings, engine);
    await runLive(live, engine);
    expect(answers(await listResults(batch.db, batch.run.id))).toEqual(
      answers(await listResults(live.db, live.run.id)),
    );
  });
});
