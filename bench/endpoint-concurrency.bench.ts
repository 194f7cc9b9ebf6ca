/**
 * Endpoint runs with requests in flight: items per second of the real executeRun and endpoint engine
 * (Node's fetch, fake-indexeddb) against the fake OpenAI server started here on 127.0.0.1 with a fixed
 * latency per request, for N = 1, 4, 8 and 16 parallel requests. With latency L and no other cost the
 * ceiling is N / L items per second.
 */
import 'fake-indexeddb/auto';
import { createOpenAIEngine } from '../src/lib/engines/openai/createOpenAIEngine.ts';
import { resolveEndpointConfig } from '../src/lib/engines/openai/config.ts';
import { executeRun } from '../src/lib/runner/executeRun.ts';
import { setUpRun } from '../src/lib/runner/testing/runSetup.ts';
import { bundledDataset as dataset, leadingScope } from './bundledDataset.ts';
import { DEFAULT_FAKE_MODEL, startFakeOpenAI } from '../tests/fake-openai/server.ts';

const LATENCY_MS = 100;
const QUESTIONS = 4;
const COUNTRIES = 24;
const PARALLEL = [1, 4, 8, 16];

const scope = leadingScope(dataset, QUESTIONS, COUNTRIES);
const items = scope.questionIds.length * scope.countryIds.length;

const server = await startFakeOpenAI({ mode: 'oracle', dataset, delayMs: LATENCY_MS });
try {
  console.log(`endpoint run, ${items} items, fake server with ${LATENCY_MS} ms latency per request:`);
  for (const concurrency of PARALLEL) {
    const config = resolveEndpointConfig({ baseUrl: server.url, model: DEFAULT_FAKE_MODEL, concurrency });
    const engine = createOpenAIEngine(config, { pageOrigin: 'http://127.0.0.1' });
    await engine.load(() => undefined);
    const { run, store, db } = await setUpRun(dataset, engine.descriptor, scope);
    const started = performance.now();
    const outcome = await executeRun(run.id, engine, { store, dataset }, { signal: new AbortController().signal });
    const seconds = (performance.now() - started) / 1000;
    db.close();
    if (outcome.status !== 'completed') throw new Error(`N = ${concurrency}: the run ended ${outcome.status}`);
    const ceiling = (concurrency * 1000) / LATENCY_MS;
    console.log(
      `  N = ${String(concurrency).padStart(2)}: ${(items / seconds).toFixed(1)} items/s ` +
        `(${seconds.toFixed(2)} s; ceiling ${ceiling} items/s)`,
    );
  }
} finally {
  await server.close();
}
