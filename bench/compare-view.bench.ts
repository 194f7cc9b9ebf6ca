/**
 * The Compare view's wait, end to end in Chromium: 20 stored runs over every question × country of the bundled
 * dataset, opened together; the time from loading the page to the fast pass's figures (no intervals) and to
 * the precise pass (1000 resamples). Covers what the metrics bench leaves out: reading the runs from IndexedDB,
 * turning answers into distributions, the workers' start and their JIT warm-up. Builds the app, serves it with
 * Vite's preview server on 127.0.0.1 and seeds the page's IndexedDB directly. Skipped without Chromium.
 */
import { randomLcg } from 'd3';
import { availableParallelism } from 'node:os';
import { builtInReference } from '../src/lib/survey/builtInReference.ts';
import { bundledDataset as dataset } from './bundledDataset.ts';
import { withChromiumPreview } from './chromiumPreview.ts';

const RUNS = 20;
const REPEATS = 3;
const reference = builtInReference(dataset);
const countries = dataset.countries.filter((country) => country.hasDistributions).map((country) => country.id);

/** Run r answers like the humans with seeded noise that grows with r, so no two runs are alike. */
function runRecords(runIndex: number) {
  const random = randomLcg(1000 + runIndex);
  const runId = `bench-${runIndex}`;
  const at = '2026-11-29T00:00:00.000Z';
  const results = dataset.questions.flatMap((question) =>
    countries.flatMap((countryId) => {
      const human = reference.responses[question.id]?.[countryId]?.distribution;
      if (!human) return [];
      const noisy = human.map((share) => share + (runIndex / RUNS) * random());
      const total = noisy.reduce((sum, share) => sum + share, 0);
      const probs = noisy.map((share) => share / total);
      const itemKey = `${question.id}|${countryId}|original`;
      return [
        {
          runId,
          itemKey,
          questionId: question.id,
          countryId,
          order: 'original',
          probs,
          allowedMass: 1,
          method: 'baseline',
          missingLabels: [],
          tokensIn: 0,
          ms: 0,
          at,
        },
      ];
    }),
  );
  const run = {
    id: runId,
    name: `Bench run ${runIndex + 1}`,
    createdAt: at,
    updatedAt: at,
    status: 'completed',
    engine: { kind: 'baseline', modelId: `bench-${runIndex}`, version: 'bench', settings: {} },
    promptSettings: { persona: 'person-from', language: 'en', order: 'original' },
    templateHash: 'bench-template',
    datasetVersion: dataset.datasetVersion,
    referenceId: reference.id,
    scope: { questionIds: dataset.questions.map((question) => question.id), countryIds: countries },
    totalItems: results.length,
    doneItems: results.length,
  };
  return { run, results };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

await withChromiumPreview('compare view', async (browser, origin) => {
  const page = await browser.newPage();
  // tsx compiles with esbuild's keepNames, which wraps the evaluated function's inner functions in __name().
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  // The Manage view opens (and creates) the app's database; then the runs are written straight into it.
  await page.goto(`${origin}#/manage`);
  await page.locator('[data-run-import]').waitFor({ state: 'attached' });
  const seeded = Array.from({ length: RUNS }, (_, index) => runRecords(index));
  for (const { run, results } of seeded) {
    await page.evaluate(
      ({ run, results }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('valueprobe');
          open.onerror = () => reject(open.error ?? new Error('IndexedDB open failed'));
          open.onsuccess = () => {
            const transaction = open.result.transaction(['runs', 'results'], 'readwrite');
            transaction.objectStore('runs').put(run);
            for (const result of results) transaction.objectStore('results').put(result);
            transaction.oncomplete = () => {
              open.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
          };
        }),
      { run, results },
    );
  }
  const items = seeded[0]?.results.length ?? 0;
  const runIds = seeded.map(({ run }) => run.id).join(',');
  const quick: number[] = [];
  const precise: number[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    await page.goto('about:blank');
    const started = performance.now();
    await page.goto(`${origin}#/compare?runs=${runIds}`);
    await page
      .locator('tr[data-run]')
      .nth(RUNS - 1)
      .waitFor({ state: 'attached', timeout: 120_000 });
    quick.push(performance.now() - started);
    await page.locator('[data-compare-ready="precise"]').waitFor({ state: 'attached', timeout: 600_000 });
    precise.push(performance.now() - started);
  }
  console.log(
    `compare view, ${RUNS} stored runs × ${items} items, Chromium, ${availableParallelism()} cores: page load to the fast pass's ` +
      `figures ${median(quick).toFixed(0)} ms, to the precise pass (1000 resamples) ${median(precise).toFixed(0)} ms ` +
      `(median of ${REPEATS}; no budget: what a person waits, reading and preparing the runs included)`,
  );
});
