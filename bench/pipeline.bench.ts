/**
 * Pipeline budget (DESIGN.md): overhead per item with an instant engine (plan + prompt + persist +
 * progress) ≤ 0.5 ms. Runs 5,000 items (250 questions × 20 countries of the bundled dataset) through
 * executeRun three ways: with an in-memory store (our code alone), with fake-indexeddb (our code plus
 * a pure-JavaScript IndexedDB), and fake-indexeddb's own cost for the same writes. If Chromium is
 * installed, the same writes are also timed against its native IndexedDB for comparison.
 */
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { appendResults } from '../src/lib/store/runs.ts';
import type { ResultRecord, RunRecord } from '../src/lib/store/types.ts';
import { executeRun, type RunnerContext } from '../src/lib/runner/executeRun.ts';
import { createFixedEngine } from '../src/lib/runner/testing/fixedEngine.ts';
import { setUpRun } from '../src/lib/runner/testing/runSetup.ts';
import type { RunnerStore } from '../src/lib/runner/types.ts';
import { bundledDataset as dataset, leadingScope } from './bundledDataset.ts';

const QUESTIONS = 250;
const COUNTRIES = 20;
const BUDGET_MS_PER_ITEM = 0.5;

const scope = leadingScope(dataset, QUESTIONS, COUNTRIES);
const items = scope.questionIds.length * scope.countryIds.length;

/** Keeps runs and results in maps: what is left of the pipeline when storage costs nothing. */
function inMemoryStore(): RunnerStore {
  const runs = new Map<string, RunRecord>();
  const results = new Map<string, ResultRecord[]>();
  const resultsOf = (runId: string) => results.get(runId) ?? results.set(runId, []).get(runId)!;
  return {
    getRun: async (runId) => runs.get(runId),
    putRun: async (run) => void runs.set(run.id, run),
    listResults: async (runId) => [...resultsOf(runId)],
    appendResults: async (run, batch) => {
      runs.set(run.id, run);
      resultsOf(run.id).push(...batch);
    },
    updateRun: async (run) => {
      runs.set(run.id, run);
      return run;
    },
  };
}

async function timeRun(store: RunnerStore | null): Promise<{ ms: number; progressEvents: number }> {
  const engine = createFixedEngine();
  const setup = await setUpRun(dataset, engine.descriptor, scope);
  let context: RunnerContext = { store: setup.store, dataset };
  if (store) {
    await store.putRun(setup.run);
    context = { store, dataset };
  }
  let progressEvents = 0;
  const started = performance.now();
  const outcome = await executeRun('run-1', engine, context, {
    signal: new AbortController().signal,
    onProgress: () => void (progressEvents += 1),
  });
  const ms = performance.now() - started;
  setup.db.close();
  if (outcome.status !== 'completed' || outcome.progress.done !== items)
    throw new Error(`bench run ended ${outcome.status} at ${outcome.progress.done}/${items}`);
  return { ms, progressEvents };
}

/** fake-indexeddb alone: the same 5,000 records written in batches of 20, as the runner does. */
async function timeStorageOnly(): Promise<number> {
  const engine = createFixedEngine();
  const setup = await setUpRun(dataset, engine.descriptor, scope);
  const records = benchRecords();
  const started = performance.now();
  for (let start = 0; start < records.length; start += 20) {
    await appendResults(setup.db, { ...setup.run, doneItems: start + 20 }, records.slice(start, start + 20));
  }
  const ms = performance.now() - started;
  setup.db.close();
  return ms;
}

function benchRecords(): ResultRecord[] {
  return Array.from({ length: items }, (_, index) => ({
    runId: 'run-1',
    itemKey: `Q${index}|USA|original`,
    questionId: `Q${index}`,
    countryId: 'USA',
    order: 'original',
    probs: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1] as unknown as ResultRecord['probs'],
    allowedMass: 0.9,
    method: 'full-logits',
    missingLabels: [],
    tokensIn: 10,
    ms: 1,
    at: new Date().toISOString(),
  }));
}

/** Chromium's native IndexedDB, same batches of 20 plus a run record per transaction; null without Chromium. */
async function timeBrowserStorage(): Promise<number | null> {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (path): path is string => !!path && existsSync(path),
  );
  if (!executablePath) return null;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    // tsx compiles with esbuild's keepNames, which wraps the evaluated function's inner functions in __name().
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    // IndexedDB needs a real origin; serve an empty page for one without starting a server.
    await page.route('http://bench.localhost/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto('http://bench.localhost/');
    const run = { id: 'run-1', doneItems: 0 };
    const timings = await page.evaluate(
      async ({ records, run }) => {
        const done = (request: IDBRequest | IDBTransaction) =>
          new Promise<void>((resolve, reject) => {
            if (request instanceof IDBTransaction) {
              request.oncomplete = () => resolve();
              request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
            } else {
              request.onsuccess = () => resolve();
              request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
            }
          });
        const times: number[] = [];
        for (let attempt = 0; attempt < 2; attempt += 1) {
          const open = indexedDB.open(`bench-${attempt}`, 1);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('runs', { keyPath: 'id' });
            open.result.createObjectStore('results', { keyPath: ['runId', 'itemKey'] }).createIndex('by-run', 'runId');
          };
          await done(open);
          const db = open.result;
          const started = performance.now();
          for (let start = 0; start < records.length; start += 20) {
            const transaction = db.transaction(['runs', 'results'], 'readwrite');
            for (const record of records.slice(start, start + 20)) transaction.objectStore('results').put(record);
            transaction.objectStore('runs').put({ ...run, doneItems: start + 20 });
            await done(transaction);
          }
          times.push(performance.now() - started);
          db.close();
        }
        return times;
      },
      { records: benchRecords(), run },
    );
    return timings.at(-1) ?? null;
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const perItem = (ms: number) => `${(ms / items).toFixed(3)} ms/item`;

await timeRun(inMemoryStore()); // warm-up: JIT and module initialisation
const memory = [await timeRun(inMemoryStore()), await timeRun(inMemoryStore()), await timeRun(inMemoryStore())];
const withFakeIdb = [await timeRun(null), await timeRun(null)];
const storageOnly = [await timeStorageOnly(), await timeStorageOnly()];
const browserStorage = await timeBrowserStorage().catch((error: unknown) => {
  console.log(
    `  (Chromium comparison skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
  );
  return null;
});

const ours = median(memory.map((run) => run.ms));
const total = median(withFakeIdb.map((run) => run.ms));
const storage = median(storageOnly);
console.log(
  `pipeline: ${items} items (${QUESTIONS} questions × ${COUNTRIES} countries), instant engine, ${memory[0]?.progressEvents} progress events per run`,
);
console.log(
  `  plan + prompt + batching + progress (in-memory store): ${perItem(ours)}  budget ≤ ${BUDGET_MS_PER_ITEM} ms/item  ${ours / items <= BUDGET_MS_PER_ITEM ? 'OK' : 'OVER BUDGET'}`,
);
console.log(
  `  the same with fake-indexeddb persistence:             ${perItem(total)}  (${total <= BUDGET_MS_PER_ITEM * items ? 'within' : 'over'} budget)`,
);
console.log(`  fake-indexeddb alone, same writes in batches of 20:   ${perItem(storage)}`);
if (browserStorage !== null) {
  console.log(`  Chromium native IndexedDB, same writes:               ${perItem(browserStorage)}`);
  console.log(
    `  estimate in the browser (our code + native writes):   ${perItem(ours + browserStorage)}  budget ≤ ${BUDGET_MS_PER_ITEM} ms/item  ${(ours + browserStorage) / items <= BUDGET_MS_PER_ITEM ? 'OK' : 'OVER BUDGET'}`,
  );
}
console.log(
  '  note: fake-indexeddb is IndexedDB written in JavaScript for Node; the browser estimate replaces its writes',
);
console.log(
  `  with Chromium's native ones${browserStorage === null ? ' (not measured here)' : ` (fake-indexeddb takes ${(storage / browserStorage).toFixed(1)}× as long)`}.`,
);
console.log('  Figures vary with machine load: rerun on an idle machine before drawing conclusions.');
