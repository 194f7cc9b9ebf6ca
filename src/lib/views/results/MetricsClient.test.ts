/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toDistribution } from '../../metrics';
import { builtInReference, parseDataset } from '../../survey';
import type { AnalyseRunInput } from './analyseRun';
import { answerMetricsRequest } from './answerMetricsRequest';
import { MetricsClient } from './MetricsClient';
import type { MetricsRequest } from './metricsWorkerMessages';

const dataset = parseDataset(JSON.parse(readFileSync(new URL('../../../../public/data/wvs7-dataset.json', import.meta.url), 'utf8')));
const reference = builtInReference(dataset);
const questionIds = ['Q1', 'Q27', 'Q46', 'Q164', 'Q184'];
type Items = AnalyseRunInput['items'];

/** Every persona answers like `source` (the humans' own answers when null). */
function itemsLike(source: string | null): Items {
  return questionIds.flatMap((questionId) =>
    Object.entries(reference.responses[questionId] ?? {}).map(([countryId, response]) => ({
      questionId,
      countryId,
      order: 'original' as const,
      probs: source === null ? response.distribution : (reference.responses[questionId]?.[source]?.distribution ?? response.distribution),
      allowedMass: 1,
    })),
  );
}

/** Stands in for the browser's Worker: answers with the real metrics code, after a structured clone as postMessage does. */
class FakeWorker {
  static started: FakeWorker[] = [];
  static crashing = new Set<number>();
  received: MetricsRequest[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  readonly index = FakeWorker.started.length;

  constructor() {
    FakeWorker.started.push(this);
  }

  postMessage(request: MetricsRequest): void {
    const copy = structuredClone(request);
    this.received.push(copy);
    setTimeout(() => {
      if (FakeWorker.crashing.has(this.index)) this.onerror?.({ message: 'out of memory' });
      else this.onmessage?.({ data: structuredClone(answerMetricsRequest(copy)) });
    });
  }

  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
  FakeWorker.crashing.clear();
});

describe('MetricsClient.analyseRuns', () => {
  it('splits the runs over its workers and returns their analyses in the runs’ order', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = new MetricsClient(2);
    const runs = [itemsLike(null), itemsLike('USA'), itemsLike(null)];
    const analyses = await client.analyseRuns({ dataset, reference, runs, resamples: 0, withBaselines: false, rows: false });
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started.map((worker) => worker.received.map((request) => request.type))).toEqual([['analyse-runs'], ['analyse-runs']]);
    const sent = FakeWorker.started.map((worker) => {
      const request = worker.received[0];
      return request?.type === 'analyse-runs' ? request.payload.runs.length : 0;
    });
    expect(sent).toEqual([2, 1]);
    // The oracle (humans' own answers) agrees perfectly; everyone-like-USA never varies, so per-question r is undefined.
    expect(analyses).toHaveLength(3);
    expect(analyses[0]?.summary.headline.pooledPearson.estimate).toBeCloseTo(1, 9);
    expect(analyses[1]?.summary.headline.meanQuestionPearson.estimate).toBeNull();
    expect(analyses[2]?.summary.headline.pooledPearson.estimate).toBeCloseTo(1, 9);
  });

  it('rejects with the analysis error, and with a reload hint when a worker dies', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = new MetricsClient(2);
    const tooShort = itemsLike(null).map((item, index) => (index === 0 ? { ...item, probs: toDistribution([1]) } : item));
    const input = { dataset, reference, resamples: 0, withBaselines: false, rows: false };
    await expect(client.analyseRuns({ ...input, runs: [itemsLike(null), tooShort] })).rejects.toThrow(
      'has 1 probabilities but Q1 has',
    );
    FakeWorker.crashing.add(1);
    await expect(client.analyseRuns({ ...input, runs: [itemsLike(null), itemsLike(null)] })).rejects.toThrow(
      'The metrics worker failed: out of memory. Reload the page to try again.',
    );
    // The dead worker is replaced on the next request.
    FakeWorker.crashing.clear();
    await expect(client.analyseRuns({ ...input, runs: [itemsLike(null), itemsLike(null)] })).resolves.toHaveLength(2);
    expect(FakeWorker.started).toHaveLength(3);
  });

  it('refuses a worker count that is not a whole number ≥ 1', () => {
    expect(() => new MetricsClient(0)).toThrow('workerCount is 0');
  });
});
