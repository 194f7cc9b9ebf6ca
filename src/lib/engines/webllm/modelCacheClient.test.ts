import { describe, expect, it } from 'vitest';
import { workerFactory } from './InThreadWorker';
import { completeCachedModels, deleteCachedModels } from './modelCacheClient';

describe('modelCacheClient', () => {
  it('starts no worker for an empty request', async () => {
    const workers = workerFactory();
    expect(await completeCachedModels([], workers.create)).toEqual([]);
    expect(await deleteCachedModels([], workers.create)).toEqual([]);
    expect(workers.workers).toHaveLength(0);
  });

  it('asks a short-lived worker which models are cached, then stops it', async () => {
    const workers = workerFactory(new Set(['A-1B-q4f32_1-MLC']));
    expect(await completeCachedModels(['A-1B-q4f32_1-MLC', 'B-1B-q4f32_1-MLC'], workers.create)).toEqual(['A-1B-q4f32_1-MLC']);
    expect(workers.workers).toHaveLength(1);
    expect(workers.workers[0]?.terminated).toBe(true);
  });

  it('deletes only cached models and stops the worker', async () => {
    const workers = workerFactory(new Set(['A-1B-q4f32_1-MLC']));
    expect(await deleteCachedModels(['B-1B-q4f32_1-MLC', 'A-1B-q4f32_1-MLC'], workers.create)).toEqual(['A-1B-q4f32_1-MLC']);
    expect(workers.workers[0]?.deleted).toEqual(['A-1B-q4f32_1-MLC']);
    expect(workers.workers[0]?.terminated).toBe(true);
  });
});
