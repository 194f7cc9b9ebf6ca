/**
 * Metrics budget (DESIGN.md): the metrics for 20 runs × 5,000 items (250 questions × 20 countries) ≤ 50 ms, without
 * the bootstrap (the fast pass the views show first) and with the Compare view's options: aggregates only, no
 * item, question or country rows (summaryOptions(0, false)).
 *
 * The budget figure is the time the Compare view waits: it splits the runs over one metrics worker per core
 * (MetricsClient.analyseRuns, at most 4), so the bench does the same with worker threads and takes the wall time
 * from the request to the last reply, summaries copied back included. Inputs are in the workers already, as
 * the reference is in a browser worker once its request arrived; each pass starts from a fresh copy of the
 * reference, as each request does, so building the human side is timed too.
 * Also printed: the same summaries on one thread (CPU time: the cost per core), with all rows (the Results
 * view) and with 1000 bootstrap resamples (no budget: the views show the fast pass first).
 */
import { availableParallelism, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { summariseRun } from '../src/lib/metrics/summariseRun.ts';
import type { RunSummary } from '../src/lib/metrics/types.ts';
import type { HumanReference } from '../src/lib/survey/types.ts';
import { summaryOptions } from '../src/lib/views/results/analyseRun.ts';
import { workerCountFor } from '../src/lib/views/results/metricsWorkerCount.ts';
import { splitIntoShares } from '../src/lib/views/results/splitIntoShares.ts';
import { COUNTRIES, dataset, QUESTIONS, reference, RUNS, runs } from './metricsData.ts';
import type { MetricsBenchRequest } from './metricsWorker.ts';

const BUDGET_MS = 50;
const PASSES = 15;
const ITEMS = QUESTIONS * COUNTRIES;

const fixed = (value: number) => value.toFixed(1);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

interface Timing {
  wall: number;
  cpu: number;
}

/** Every run on this thread against a fresh copy of the reference (copied before the clock starts). */
function summariseOnThisThread(resamples: number, rows: boolean): Timing & { summaries: RunSummary[] } {
  const freshReference: HumanReference = structuredClone(reference);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const summaries = runs.map((answers) => summariseRun(dataset, freshReference, answers, summaryOptions(resamples, rows)));
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, summaries };
}

function ask(worker: Worker, request: MetricsBenchRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    worker.once('message', (reply) => {
      worker.off('error', fail);
      resolve(reply);
    });
    worker.once('error', fail);
    worker.postMessage(request);
  });
}

/** The runs split over the workers as MetricsClient.analyseRuns splits them; wall time to the last reply. */
async function summariseOnWorkers(workers: readonly Worker[], shares: readonly number[][]): Promise<{ wall: number; summaries: RunSummary[] }> {
  await Promise.all(workers.map((worker) => ask(worker, { type: 'prepare' })));
  const started = performance.now();
  const replies = await Promise.all(workers.map((worker, index) => ask(worker, { type: 'summarise', runIndices: shares[index] ?? [] })));
  const wall = performance.now() - started;
  return { wall, summaries: (replies as RunSummary[][]).flat() };
}

// Warm-up: JIT on this thread.
summariseOnThisThread(0, false);
summariseOnThisThread(0, false);

const cores = availableParallelism();
const workerCount = workerCountFor(cores);
const shares = splitIntoShares(
  runs.map((_, index) => index),
  workerCount,
);
// Node 20 checks a worker's entry file before tsx's hooks run, so each worker registers tsx and then imports it.
const workerEntry = new URL('./metricsWorker.ts', import.meta.url).href;
const workerSource = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerEntry)}); });`;
const workers = shares.map(() => new Worker(workerSource, { eval: true }));
try {
  const expected = summariseOnThisThread(0, false).summaries;
  for (let warmUp = 0; warmUp < 3; warmUp++) {
    const { summaries } = await summariseOnWorkers(workers, shares);
    if (!isDeepStrictEqual(summaries, expected)) throw new Error('the worker threads’ summaries differ from this thread’s');
  }
  const pooled: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) pooled.push((await summariseOnWorkers(workers, shares)).wall);
  const verdict = median(pooled) <= BUDGET_MS ? 'OK' : 'OVER BUDGET';
  console.log(
    `metrics for ${RUNS} runs × ${ITEMS} items over ${workerCount} metrics workers (${cores} cores), no bootstrap, ` +
      `aggregates only: ${fixed(median(pooled))} ms wall (best ${fixed(Math.min(...pooled))}) ` +
      `(median of ${PASSES}; Compare view, budget ≤ ${BUDGET_MS} ms) ${verdict}`,
  );
} finally {
  await Promise.all(workers.map((worker) => worker.terminate()));
}

for (const rows of [false, true]) {
  const passes = Array.from({ length: PASSES }, () => summariseOnThisThread(0, rows));
  const cpus = passes.map((pass) => pass.cpu);
  console.log(
    `summariseRun, ${RUNS} runs × ${ITEMS} items on one thread, no bootstrap, ${rows ? 'with rows (Results view)' : 'aggregates only (Compare view)'}` +
      `: ${fixed(median(cpus))} ms CPU (best ${fixed(Math.min(...cpus))}), ` +
      `${fixed(median(passes.map((pass) => pass.wall)))} ms wall (median of ${PASSES}; cost per core, no budget)`,
  );
}
const withBootstrap = summariseOnThisThread(1000, false);
console.log(
  `summariseRun, ${RUNS} runs × ${ITEMS} items on one thread, 1000 resamples: ${withBootstrap.cpu.toFixed(0)} ms CPU ` +
    `(${(withBootstrap.cpu / RUNS).toFixed(0)} ms per run; no budget: the views show the fast pass first)`,
);
console.log(`load average while measuring: ${loadavg().map((load) => load.toFixed(1)).join(', ')} (figures inflate on a busy machine)`);
