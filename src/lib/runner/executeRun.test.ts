import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '../store/errors';
import { openValueProbeDb } from '../store/openValueProbeDb';
import { listResultKeys, listResults } from '../store/results';
import { findResumableRuns, getRun } from '../store/runs';
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
    await executeRun('run-1', engine, context, { signal: new AbortController().signal });
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
});
