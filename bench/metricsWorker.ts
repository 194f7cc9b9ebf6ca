/**
 * A worker thread of the metrics bench, standing in for one of the Compare view's metrics workers: it builds
 * the same seeded data as the bench, and on request summarises its share of the runs with the Compare view's
 * options (aggregates only) against a fresh copy of the reference (a request to a browser worker carries a fresh clone, so the human side is rebuilt each time).
 */
import { parentPort } from 'node:worker_threads';
import { summariseRun } from '../src/lib/metrics/summariseRun.ts';
import type { HumanReference } from '../src/lib/survey/types.ts';
import { summaryOptions } from '../src/lib/views/results/analyseRun.ts';
import { dataset, reference, runs } from './metricsData.ts';

export type MetricsBenchRequest = { type: 'prepare' } | { type: 'summarise'; runIndices: number[] };

const port = parentPort;
if (port === null) throw new Error('metricsWorker.ts runs as a worker thread of metrics.bench.ts');

let freshReference: HumanReference = structuredClone(reference);
port.on('message', (request: MetricsBenchRequest) => {
  if (request.type === 'prepare') {
    freshReference = structuredClone(reference);
    port.postMessage('ready');
    return;
  }
  port.postMessage(
    request.runIndices.map((index) =>
      summariseRun(dataset, freshReference, runs[index] ?? {}, summaryOptions(0, false)),
    ),
  );
});
