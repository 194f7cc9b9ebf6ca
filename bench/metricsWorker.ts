/**
 * A worker thread of the metrics bench, standing in for one of the Compare view's metrics workers. It builds the
 * same seeded data as the bench and, on request, summarises the given runs. Each request uses a copy of the
 * reference that no summary has used yet, so the human side is built within the timed request, as on a worker's
 * first request; the copies are made when the worker starts, as the app's worker holds its reference before a
 * request arrives. The bench runs this file bundled and minified, as the app ships it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { summariseRun } from '../src/lib/metrics/summariseRun.ts';
import type { RunSummary } from '../src/lib/metrics/types.ts';
import { summaryOptions } from '../src/lib/views/analysis/analyseRun.ts';
import { dataset, reference, runs } from './metricsData.ts';

export interface MetricsBenchRequest {
  runIndices: number[];
  resamples: number;
  /** The Results view's rows (true) or the Compare view's aggregates only (false). */
  rows: boolean;
}

export interface MetricsBenchReply {
  summaries: RunSummary[];
  /** Time spent summarising inside the worker, in ms. */
  computeMs: number;
}

/** What the bench passes to each worker thread. */
export interface MetricsBenchWorkerData {
  /** How many requests the worker will get: one unused copy of the reference each. */
  requests: number;
}

const port = parentPort;
if (port === null) throw new Error('metricsWorker.ts runs as a worker thread of metrics.bench.ts');

const { requests } = workerData as MetricsBenchWorkerData;
const unusedReferences = Array.from({ length: requests }, () => structuredClone(reference));
port.on('message', ({ runIndices, resamples, rows }: MetricsBenchRequest) => {
  const fresh = unusedReferences.pop();
  if (fresh === undefined) throw new Error('the bench sent more requests than it announced');
  const started = performance.now();
  const summaries = runIndices.map((index) =>
    summariseRun(dataset, fresh, runs[index] ?? {}, summaryOptions(resamples, rows)),
  );
  const reply: MetricsBenchReply = { summaries, computeMs: performance.now() - started };
  port.postMessage(reply);
});
port.postMessage('ready');
