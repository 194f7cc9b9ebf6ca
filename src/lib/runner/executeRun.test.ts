import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '../store/errors';
import { openValueProbeDb } from '../store/openValueProbeDb';
import { listResultKeys, listResults } from '../store/results';
import { deleteRun, findResumableRuns, getRun } from '../store/runs';
import type { ValueProbeDb } from '../store/schema';
import { executeRun } from './executeRun';
import { runnerStoreFor } from './runnerStoreFor';
import { createFixedEngine } from './testing/fixedEngine';
import { setUpRun, wideCatalog } from './testing/runSetup';
import type { RunnerStore } from './types';

const open: ValueProbeDb[] = [];
afterEach(() => {
  vi.useRealTimers();
  open.splice(0).forEach((db) => db.close());
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Settles a run under fake timers: the engine's sleeps and the batcher's delay advance in 1 ms steps,
 * while IndexedDB (fake-indexeddb schedules with setImmediate, which stays real) gets the event loop between steps.
 */
async function withFakeTimers<T>(start: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  let settled = false;
  const running = start();
  running.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) await vi.advanceTimersByTimeAsync(1);
  return running;
}
const keysOf = (count: number) => Array.from({ length: count }, (_, index) => `Q${index + 1}|USA|original`);

async function setUp(questionCount: number) {
  const dataset = wideCatalog(questionCount);
  const setup = await setUpRun(dataset, createFixedEngine().descriptor, {
    questionIds: dataset.questions.map((question) => question.id),
    countryIds: ['USA'],
  });
  open.push(setup.db);
  return { ...setup, dataset };
}

describe('executeRun', () => {
  it('never leaves more than 19 answers unwritten, and the run count always matches the store', async () => {
    const { db, store, dataset } = await setUp(45);
    const checks: { callIndex: number; stored: number; doneItems: number }[] = [];
    const engine = createFixedEngine({
      beforeAnswer: async (callIndex) => {
        const stored = (await listResultKeys(db, 'run-1')).size;
        checks.push({ callIndex, stored, doneItems: (await getRun(db, 'run-1'))!.doneItems });
      },
    });
    await executeRun('run-1', engine, { store, dataset }, { signal: new AbortController().signal });
    expect(checks).toHaveLength(45);
    for (const { callIndex, stored, doneItems } of checks) {
      // Before call i, items 0…i−1 are answered; a full batch of 20 is written before the next call.
      expect(stored).toBeGreaterThanOrEqual(callIndex - 19);
      expect(stored).toBeLessThanOrEqual(callIndex);
      expect(doneItems).toBe(stored);
    }
    expect(checks[20]!.stored).toBe(20);
    expect((await listResultKeys(db, 'run-1')).size).toBe(45);
  });

  it('writes a slow engine’s answers shortly after each arrives', async () => {
    const { db, store, dataset } = await setUp(3);
    const stored: number[] = [];
    const engine = createFixedEngine({
      beforeAnswer: async () => {
        await sleep(100);
        stored.push((await listResultKeys(db, 'run-1')).size);
      },
    });
    const context = { store, dataset, batchLimits: { maxItems: 20, maxDelayMs: 10 } };
    await withFakeTimers(() => executeRun('run-1', engine, context, { signal: new AbortController().signal }));
    // Each answer was written 10 ms after it arrived, long before the next one (100 ms later).
    expect(stored).toEqual([0, 1, 2]);
  });

  it('after a crash mid-run, a new runner finishes with every item stored exactly once', async () => {
    const { dbName, store, dataset } = await setUp(30);
    // Timers of the first runner are fake and never fire: like a closed tab, it writes only full batches.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let reachedItem26: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (reachedItem26 = resolve));
    const crashing = createFixedEngine({
      beforeAnswer: (callIndex) => {
        if (callIndex < 25) return;
        reachedItem26();
        return new Promise<void>(() => undefined);
      },
    });
    void executeRun('run-1', crashing, { store, dataset }, { signal: new AbortController().signal });
    await reached;
    vi.useRealTimers();

    const reopened = await openValueProbeDb({ name: dbName });
    open.push(reopened);
    expect([...(await listResultKeys(reopened, 'run-1'))].sort()).toEqual(keysOf(20).sort());
    expect(await findResumableRuns(reopened)).toMatchObject([{ id: 'run-1', status: 'running', doneItems: 20 }]);

    const engine = createFixedEngine();
    const outcome = await executeRun(
      'run-1',
      engine,
      { store: runnerStoreFor(reopened), dataset },
      { signal: new AbortController().signal },
    );
    expect(outcome.status).toBe('completed');
    expect(engine.asked.map((prompt) => `${prompt.questionId}|USA|original`)).toEqual(keysOf(30).slice(20));
    const results = await listResults(reopened, 'run-1');
    expect(results).toHaveLength(30);
    expect(new Set(results.map((result) => result.itemKey))).toEqual(new Set(keysOf(30)));
    expect(await getRun(reopened, 'run-1')).toMatchObject({ status: 'completed', doneItems: 30 });
  });

  it('pauses with the storage message when the browser runs out of space, keeping earlier batches', async () => {
    const { db, store, dataset } = await setUp(45);
    let appends = 0;
    const fullAfterOneBatch: RunnerStore = {
      ...store,
      appendResults: async (run, results) => {
        appends += 1;
        if (appends > 1) throw new StorageFullError();
        return store.appendResults(run, results);
      },
    };
    const outcome = await executeRun(
      'run-1',
      createFixedEngine(),
      { store: fullAfterOneBatch, dataset },
      { signal: new AbortController().signal },
    );
    expect(outcome.status).toBe('paused');
    expect(outcome.pauseReason).toMatch(/^Browser storage is full, so results can no longer be saved\. Free space/);
    expect((await listResultKeys(db, 'run-1')).size).toBe(20);
    expect(await getRun(db, 'run-1')).toMatchObject({
      status: 'paused',
      doneItems: 20,
      pauseReason: outcome.pauseReason,
    });
  });

  it('pauses with a save message when a write fails for another reason', async () => {
    const { db, store, dataset } = await setUp(25);
    const brokenDisk: RunnerStore = {
      ...store,
      appendResults: async () => {
        throw new Error('UnknownError: disk I/O error');
      },
    };
    const outcome = await executeRun(
      'run-1',
      createFixedEngine(),
      { store: brokenDisk, dataset },
      { signal: new AbortController().signal },
    );
    expect(outcome.pauseReason).toBe(
      'Could not save answers: UnknownError: disk I/O error. Answers saved earlier are kept; reload the page, then resume.',
    );
    expect((await listResultKeys(db, 'run-1')).size).toBe(0);
    expect(await getRun(db, 'run-1')).toMatchObject({ status: 'paused', doneItems: 0 });
  });

  it('pauses naming the item when the dataset lacks a question of the run', async () => {
    const { db, store, dataset } = await setUp(3);
    const older = { ...dataset, questions: dataset.questions.filter((question) => question.id !== 'Q2') };
    const outcome = await executeRun(
      'run-1',
      createFixedEngine(),
      { store, dataset: older },
      { signal: new AbortController().signal },
    );
    expect(outcome.pauseReason).toBe(
      'Stopped at Q2 / USA (original order): question Q2 is not in this dataset; the run needs dataset test-1. Everything answered before it is saved; fix the cause, then resume.',
    );
    expect([...(await listResultKeys(db, 'run-1'))]).toEqual(['Q1|USA|original']);
  });

  it('completes a run whose scope is already fully stored without asking the engine', async () => {
    const { store, dataset } = await setUp(2);
    await executeRun('run-1', createFixedEngine(), { store, dataset }, { signal: new AbortController().signal });
    const engine = createFixedEngine();
    const outcome = await executeRun('run-1', engine, { store, dataset }, { signal: new AbortController().signal });
    expect(outcome).toMatchObject({
      status: 'completed',
      progress: { done: 2, total: 2, itemsPerSecond: 0, etaSeconds: null },
    });
    expect(engine.asked).toEqual([]);
  });

  it('stops when the run is deleted meanwhile (another tab) and never writes it back', async () => {
    const { db, store, dataset } = await setUp(45);
    const engine = createFixedEngine({
      beforeAnswer: async (callIndex) => {
        if (callIndex === 30) await deleteRun(db, 'run-1');
      },
    });
    await expect(
      executeRun('run-1', engine, { store, dataset }, { signal: new AbortController().signal }),
    ).rejects.toThrow('The run "Test run" was deleted while it ran, so it stopped; nothing of it is kept.');
    // The second batch (items 20…39) was refused when it was full: the engine was asked no further.
    expect(engine.asked).toHaveLength(40);
    expect(await getRun(db, 'run-1')).toBeUndefined();
    expect((await listResultKeys(db, 'run-1')).size).toBe(0);
  });

  it('is not "completed" when an answer it wrote is gone at the end: it pauses, saying how many are missing', async () => {
    const { db, store, dataset } = await setUp(25);
    const engine = createFixedEngine({
      beforeAnswer: async (callIndex) => {
        if (callIndex === 24) await db.delete('results', ['run-1', 'Q3|USA|original']);
      },
    });
    const outcome = await executeRun('run-1', engine, { store, dataset }, { signal: new AbortController().signal });
    expect(outcome.status).toBe('paused');
    expect(outcome.pauseReason).toBe(
      '1 of the 25 answers this run counted are no longer stored; resume the run to ask them again.',
    );
    expect(await getRun(db, 'run-1')).toMatchObject({ status: 'paused', doneItems: 24, totalItems: 25 });
  });

  describe('with requests in flight at once', () => {
    it('keeps `concurrency` prompts in flight and stores every item exactly once', async () => {
      const { db, store, dataset } = await setUp(30);
      let inFlight = 0;
      let most = 0;
      const engine = {
        ...createFixedEngine({
          beforeAnswer: async () => {
            inFlight += 1;
            most = Math.max(most, inFlight);
            await sleep(5);
            inFlight -= 1;
          },
        }),
        concurrency: 6,
      };
      const outcome = await withFakeTimers(() =>
        executeRun('run-1', engine, { store, dataset }, { signal: new AbortController().signal }),
      );
      expect(outcome.status).toBe('completed');
      expect(most).toBe(6);
      const results = await listResults(db, 'run-1');
      expect(results.map((result) => result.itemKey).sort()).toEqual(keysOf(30).sort());
      expect((await getRun(db, 'run-1'))?.doneItems).toBe(30);
    });

    it('on pause drops the prompts in flight, stores what arrived, and a resume asks exactly the rest', async () => {
      const { db, store, dataset } = await setUp(24);
      const stop = new AbortController();
      const blocked = createFixedEngine({
        // Items 0…9 answer; from call 10 on every prompt waits until the pause aborts it.
        beforeAnswer: async (callIndex, _prompt, signal) => {
          if (callIndex === 17) stop.abort(new Error('Paused by you.'));
          if (callIndex < 10) return;
          signal?.throwIfAborted();
          await new Promise((_resolve, reject) => signal?.addEventListener('abort', reject));
        },
      });
      const paused = await executeRun(
        'run-1',
        { ...blocked, concurrency: 8 },
        { store, dataset },
        { signal: stop.signal },
      );
      expect(paused.status).toBe('paused');
      expect(blocked.asked).toHaveLength(18);
      const firstKeys = (await listResults(db, 'run-1')).map((result) => result.itemKey);
      expect(firstKeys).toHaveLength(10);
      expect((await getRun(db, 'run-1'))?.doneItems).toBe(10);

      const working = createFixedEngine();
      const resumed = await executeRun(
        'run-1',
        { ...working, concurrency: 8 },
        { store, dataset },
        { signal: new AbortController().signal },
      );
      expect(resumed.status).toBe('completed');
      expect(working.asked).toHaveLength(14);
      const keys = (await listResults(db, 'run-1')).map((result) => result.itemKey);
      expect(keys.sort()).toEqual(keysOf(24).sort());
      expect((await getRun(db, 'run-1'))?.doneItems).toBe(24);
    });

    it('stops the other requests when one fails, and resumes without losing or repeating an item', async () => {
      const { db, store, dataset } = await setUp(20);
      const failing = createFixedEngine({
        failOnCalls: { 7: new Error('HTTP 500') },
        beforeAnswer: async (callIndex) => {
          await sleep(callIndex === 7 ? 1 : 20);
        },
      });
      const outcome = await withFakeTimers(() =>
        executeRun(
          'run-1',
          { ...failing, concurrency: 4 },
          { store, dataset },
          { signal: new AbortController().signal },
        ),
      );
      vi.useRealTimers();
      expect(outcome.status).toBe('paused');
      expect(outcome.pauseReason).toContain('HTTP 500');
      const stored = (await listResults(db, 'run-1')).length;
      expect(stored).toBeLessThan(20);
      expect((await getRun(db, 'run-1'))?.doneItems).toBe(stored);

      const working = createFixedEngine();
      await executeRun(
        'run-1',
        { ...working, concurrency: 4 },
        { store, dataset },
        { signal: new AbortController().signal },
      );
      expect(working.asked).toHaveLength(20 - stored);
      const keys = (await listResults(db, 'run-1')).map((result) => result.itemKey);
      expect(keys.sort()).toEqual(keysOf(20).sort());
    });

    it('resumes after a server version change and says so in the progress', async () => {
      const { store, dataset } = await setUp(2);
      const updated = createFixedEngine();
      const progress: (string | undefined)[] = [];
      const engine = { ...updated, descriptor: { ...updated.descriptor, version: 'test-2' } };
      const outcome = await executeRun(
        'run-1',
        engine,
        { store, dataset },
        { signal: new AbortController().signal, onProgress: (snapshot) => progress.push(snapshot.warning) },
      );
      expect(outcome.status).toBe('completed');
      expect(progress.at(-1)).toBe(
        'The server now reports version "test-2"; this run started with "test". Answers from here on come from ' +
          'the new version (each answer records the version it came from); compare with care.',
      );
    });
  });
});
