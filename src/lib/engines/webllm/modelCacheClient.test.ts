import { describe, expect, it } from 'vitest';
import { workerFactory } from './InThreadWorker';
import { ModelCacheWorker } from './modelCacheClient';

describe('ModelCacheWorker', () => {
  it('starts no worker for empty requests', async () => {
    const workers = workerFactory();
    const cacheWorker = new ModelCacheWorker(workers.create);
    expect(await cacheWorker.completeCachedModels([])).toEqual([]);
    expect(await cacheWorker.deleteCachedModels([])).toEqual([]);
    cacheWorker.dispose();
    expect(workers.workers).toHaveLength(0);
  });

  it('answers which models are cached and deletes only those, from one worker, stopped by dispose()', async () => {
    const workers = workerFactory(new Set(['A-1B-q4f32_1-MLC']));
    const cacheWorker = new ModelCacheWorker(workers.create);
    expect(await cacheWorker.completeCachedModels(['A-1B-q4f32_1-MLC', 'B-1B-q4f32_1-MLC'])).toEqual([
      'A-1B-q4f32_1-MLC',
    ]);
    expect(await cacheWorker.deleteCachedModels(['B-1B-q4f32_1-MLC', 'A-1B-q4f32_1-MLC'])).toEqual([
      'A-1B-q4f32_1-MLC',
    ]);
    expect(await cacheWorker.completeCachedModels(['A-1B-q4f32_1-MLC'])).toEqual([]);
    expect(workers.workers).toHaveLength(1);
    expect(workers.workers[0]?.deleted).toEqual(['A-1B-q4f32_1-MLC']);
    cacheWorker.dispose();
    expect(workers.workers[0]?.terminated).toBe(true);
  });
});
