import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ValueProbeDb } from '../../store';
import { BUILT_IN_REFERENCE_ID } from '../../survey';
import { answerMetricsRequest } from './answerMetricsRequest';
import { MetricsClient } from './MetricsClient';
import { workerCountFor } from './metricsWorkerCount';
import type { MetricsRequest } from './metricsWorkerMessages';
import { answersLike, databaseWithRuns, dataset } from './testing/storedRuns';

/**
 * Stands in for the browser's Worker: answers with the real metrics code over a test database, after a
 * structured clone of the request and of the reply, as postMessage does.
 */
class FakeWorker {
  static started: FakeWorker[] = [];
  static crashing = new Set<number>();
  static db: ValueProbeDb;
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
      if (FakeWorker.crashing.has(this.index)) {
        this.onerror?.({ message: 'out of memory' });
        return;
      }
      const sources = { dataset: async () => dataset, database: async () => FakeWorker.db };
      void answerMetricsRequest(copy, sources).then((response) =>
        this.onmessage?.({ data: structuredClone(response) }),
      );
    });
  }

  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
  FakeWorker.crashing.clear();
});

const input = (runIds: string[]) => ({
  datasetUrl: 'https://example.test/data/wvs7-dataset.json',
  referenceId: BUILT_IN_REFERENCE_ID,
  runs: runIds.map((id) => ({ id, version: 'v1' })),
  resamples: 0,
});

describe('MetricsClient.analyseStoredRuns', () => {
  it('splits the runs over its workers and returns their analyses in the runs’ order', async () => {
    FakeWorker.db = await databaseWithRuns({
      a: answersLike(null, 'a'),
      b: answersLike('USA', 'b'),
      c: answersLike(null, 'c'),
    });
    vi.stubGlobal('Worker', FakeWorker);
    const analyses = await new MetricsClient(2).analyseStoredRuns(input(['a', 'b', 'c']));
    // Only ids cross to the workers: a, b to the first, c to the second.
    const sent = FakeWorker.started.map((worker) =>
      worker.received.map((request) =>
        request.type === 'analyse-stored-runs' ? request.payload.runs.map((run) => run.id) : request.type,
      ),
    );
    expect(sent).toEqual([[['a', 'b']], [['c']]]);
    // The oracle (humans' own answers) agrees perfectly; everyone-like-USA never varies, so per-question r counts as 0.
    expect(analyses).toHaveLength(3);
    expect(analyses[0]?.summary.headline.pooledPearson.estimate).toBeCloseTo(1, 9);
    expect(analyses[1]?.summary.headline.meanQuestionPearson.estimate).toBe(0);
    expect(analyses[2]?.summary.headline.pooledPearson.estimate).toBeCloseTo(1, 9);
  });

  it('rejects with the analysis error, and with a reload hint when a worker dies', async () => {
    FakeWorker.db = await databaseWithRuns({ a: answersLike(null, 'a'), b: answersLike(null, 'b') });
    vi.stubGlobal('Worker', FakeWorker);
    const client = new MetricsClient(2);
    await expect(client.analyseStoredRuns({ ...input(['a', 'b']), referenceId: 'deleted-1' })).rejects.toThrow(
      'The human reference "deleted-1" is no longer in this browser',
    );
    FakeWorker.crashing.add(1);
    await expect(client.analyseStoredRuns(input(['a', 'b']))).rejects.toThrow(
      'The metrics worker failed: out of memory. Reload the page to try again.',
    );
    // The dead worker is replaced on the next request.
    FakeWorker.crashing.clear();
    await expect(client.analyseStoredRuns(input(['a', 'b']))).resolves.toHaveLength(2);
    expect(FakeWorker.started).toHaveLength(3);
  });

  it('refuses a worker count that is not a whole number ≥ 1', () => {
    expect(() => new MetricsClient(0)).toThrow('workerCount is 0');
  });
});

describe('workerCountFor', () => {
  it('starts one worker per core, at least one and at most four', () => {
    expect([0, 1, 2, 3.5, 8, Number.NaN].map(workerCountFor)).toEqual([1, 1, 2, 3, 4, 1]);
  });
});
