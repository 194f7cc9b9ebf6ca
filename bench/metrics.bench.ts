/**
 * Metrics budget (DESIGN.md): the metrics for 20 runs × 5,000 items (250 questions × 20 countries) ≤ 50 ms, without
 * the bootstrap (the fast pass the views show first) and with the Compare view's options: aggregates only, no
 * item, question or country rows (summaryOptions(0, false)).
 *
 * The budget figure is the time the Compare view waits: it splits the runs over one metrics worker per core
 * (MetricsClient.analyseStoredRuns, at most 4), so the bench does the same with worker threads and takes the wall
 * time from the requests to the last reply, summaries copied back included. Inputs are in the workers already,
 * as in the app, where each worker reads the runs from IndexedDB; each request compares with a copy of the
 * reference no summary has used yet, so building the human side is timed too (as on a worker's first request).
 * The workers run bench/metricsWorker.ts bundled and minified by esbuild, as the app ships its code (running it
 * through tsx instead measured about 15 % slower).
 * Also printed: the same summaries on one worker (the cost per core), with all rows (the Results view) and with
 * 1000 bootstrap resamples (no budget: the views show the fast pass first), and a yardstick of this machine's
 * speed: the Math.log calls the Jensen–Shannon distances alone need (two per option of every pair), timed in a
 * bare loop. No implementation of the metrics can be faster than that divided by the workers.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { workerCountFor } from '../src/lib/views/analysis/metricsWorkerCount.ts';
import { splitIntoShares } from '../src/lib/views/analysis/splitIntoShares.ts';
import { COUNTRIES, QUESTIONS, RUNS, runs } from './metricsData.ts';
import type { MetricsBenchReply, MetricsBenchRequest, MetricsBenchWorkerData } from './metricsWorker.ts';

const BUDGET_MS = 50;
const PASSES = 15;
const WARM_UP_PASSES = 3;
const ITEMS = QUESTIONS * COUNTRIES;
const ALL_RUNS = Array.from({ length: RUNS }, (_, index) => index);

const fixed = (value: number) => value.toFixed(1);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The worker's next message, or its error. */
function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    worker.once('message', (reply: T) => {
      worker.off('error', fail);
      resolve(reply);
    });
    worker.once('error', fail);
  });
}

/** One request per worker at once; wall time from sending them to the last reply. */
async function askAll(
  workers: readonly Worker[],
  requests: readonly MetricsBenchRequest[],
): Promise<{ wall: number; replies: MetricsBenchReply[] }> {
  const started = performance.now();
  const replies = await Promise.all(
    workers.map((worker, index) => {
      const reply = nextMessage<MetricsBenchReply>(worker);
      worker.postMessage(requests[index]);
      return reply;
    }),
  );
  return { wall: performance.now() - started, replies };
}

async function startWorkers(count: number, file: string, requests: number): Promise<Worker[]> {
  const workerData: MetricsBenchWorkerData = { requests };
  const workers = Array.from({ length: count }, () => new Worker(file, { workerData }));
  await Promise.all(workers.map((worker) => nextMessage(worker)));
  return workers;
}

const bundleDir = mkdtempSync(join(tmpdir(), 'valueprobe-metrics-bench-'));
const workerFile = join(bundleDir, 'metricsWorker.mjs');
await build({
  entryPoints: [join(import.meta.dirname, 'metricsWorker.ts')],
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  outfile: workerFile,
  logLevel: 'warning',
});

const cores = availableParallelism();
const workerCount = workerCountFor(cores);
const shares = splitIntoShares(ALL_RUNS, workerCount);
const compareRequest = (runIndices: number[]): MetricsBenchRequest => ({ runIndices, resamples: 0, rows: false });

// One worker doing everything: the cost per core, and the reference the pool's summaries must equal.
const single = await startWorkers(1, workerFile, WARM_UP_PASSES + 2 * PASSES + 1);
const pool = await startWorkers(workerCount, workerFile, WARM_UP_PASSES + PASSES);
try {
  const singlePass = async (rows: boolean, resamples = 0) =>
    (await askAll(single, [{ runIndices: ALL_RUNS, resamples, rows }])).replies[0];
  let expected: MetricsBenchReply | undefined;
  for (let warmUp = 0; warmUp < WARM_UP_PASSES; warmUp++) {
    expected = await singlePass(false);
    const { replies } = await askAll(pool, shares.map(compareRequest));
    if (
      !isDeepStrictEqual(
        replies.flatMap((reply) => reply.summaries),
        expected?.summaries,
      )
    ) {
      throw new Error('the pooled workers’ summaries differ from the single worker’s');
    }
  }

  const pooled: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) pooled.push((await askAll(pool, shares.map(compareRequest))).wall);
  const verdict = median(pooled) <= BUDGET_MS ? 'OK' : 'OVER BUDGET';
  console.log(
    `metrics for ${RUNS} runs × ${ITEMS} items over ${workerCount} metrics workers (${cores} cores), no bootstrap, ` +
      `aggregates only: ${fixed(median(pooled))} ms wall (best ${fixed(Math.min(...pooled))}) ` +
      `(median of ${PASSES}; Compare view, budget ≤ ${BUDGET_MS} ms) ${verdict}`,
  );

  for (const rows of [false, true]) {
    const times: number[] = [];
    for (let pass = 0; pass < PASSES; pass++) times.push((await singlePass(rows))?.computeMs ?? NaN);
    console.log(
      `summariseRun, ${RUNS} runs × ${ITEMS} items on one worker, no bootstrap, ` +
        `${rows ? 'with rows (Results view)' : 'aggregates only (Compare view)'}: ${fixed(median(times))} ms ` +
        `(best ${fixed(Math.min(...times))}) (median of ${PASSES}; cost per core, no budget)`,
    );
  }
  const withBootstrap = (await singlePass(false, 1000))?.computeMs ?? NaN;
  console.log(
    `summariseRun, ${RUNS} runs × ${ITEMS} items on one worker, 1000 resamples: ${withBootstrap.toFixed(0)} ms ` +
      `(${(withBootstrap / RUNS).toFixed(0)} ms per run; no budget: the views show the fast pass first)`,
  );
} finally {
  await Promise.all([...single, ...pool].map((worker) => worker.terminate()));
  rmSync(bundleDir, { recursive: true, force: true });
}
/** Every probability of every run, each once: the JSD takes the log of it and of its mixture with the human one. */
function allProbabilities(): Float64Array {
  const probabilities: number[] = [];
  for (const answers of runs) {
    for (const byCountry of Object.values(answers))
      for (const distribution of Object.values(byCountry)) probabilities.push(...distribution);
  }
  return Float64Array.from(probabilities);
}

const probabilities = allProbabilities();
const logTimes = Array.from({ length: 9 }, () => {
  const started = performance.now();
  let sum = 0;
  // Two logs per probability, as in the JSD: of the model's share and of the mixture (here a shifted value).
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i] as number;
    sum += Math.log(p) + Math.log(p + 0.5);
  }
  if (Number.isNaN(sum)) throw new Error('unexpected NaN in the log yardstick');
  return performance.now() - started;
});
console.log(
  `yardstick: the JSD of ${RUNS} runs × ${ITEMS} items needs ${((2 * probabilities.length) / 1e6).toFixed(2)} M Math.log calls; ` +
    `a bare loop of them takes ${fixed(median(logTimes))} ms on one thread here (median of 9)`,
);
console.log(
  `load average while measuring: ${loadavg()
    .map((load) => load.toFixed(1))
    .join(', ')} (figures inflate on a busy machine)`,
);
