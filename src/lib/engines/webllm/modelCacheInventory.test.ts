import { describe, expect, it } from 'vitest';
import type { CachedFile } from './groupCachedFiles';
import { deleteFromModelCache, readModelCacheInventory, type ModelCacheAccess } from './modelCacheInventory';
import { fakeModel } from './testModels';

const full = fakeModel({ id: 'Full-1B-q4f32_1-MLC', modelUrl: 'https://huggingface.co/mlc-ai/Full-1B-q4f32_1-MLC' });
const fullShortContext = fakeModel({
  id: 'Full-1B-q4f32_1-MLC-1k',
  modelUrl: 'https://huggingface.co/mlc-ai/Full-1B-q4f32_1-MLC',
});
const partial = fakeModel({ id: 'Part-3B-q4f32_1-MLC', modelUrl: 'https://huggingface.co/mlc-ai/Part-3B-q4f32_1-MLC' });
const absent = fakeModel({ id: 'None-7B-q4f32_1-MLC', modelUrl: 'https://huggingface.co/mlc-ai/None-7B-q4f32_1-MLC' });

function access(files: CachedFile[], complete: string[]) {
  const log: string[] = [];
  let workerStarts = 0;
  const fake: ModelCacheAccess = {
    catalog: [full, fullShortContext, partial, absent],
    readCachedFiles: async () => files,
    deleteCachedFiles: async (baseUrl) => {
      log.push(`files ${baseUrl}`);
      return 0;
    },
    completeCachedModels: async (modelIds) => {
      workerStarts += 1;
      return modelIds.filter((id) => complete.includes(id));
    },
    deleteCachedModels: async (modelIds) => {
      log.push(`webllm ${modelIds.join(',')}`);
      return modelIds;
    },
  };
  return { fake, log, workerStarts: () => workerStarts };
}

const base = (name: string) => `https://huggingface.co/mlc-ai/${name}/resolve/main/`;

describe('readModelCacheInventory', () => {
  it('is empty, without starting the worker, when nothing is cached', async () => {
    const { fake, workerStarts } = access([], []);
    expect(await readModelCacheInventory(fake)).toEqual([]);
    expect(workerStarts()).toBe(0);
  });

  it('sums file sizes per weights repository (300 + 200 = 500) and marks interrupted downloads', async () => {
    const files = [
      { url: `${base('Full-1B-q4f32_1-MLC')}params_shard_0.bin`, bytes: 300 },
      { url: `${base('Full-1B-q4f32_1-MLC')}tensor-cache.json`, bytes: 200 },
      { url: `${base('Part-3B-q4f32_1-MLC')}params_shard_0.bin`, bytes: 50 },
      { url: 'https://example.org/unrelated.bin', bytes: 1 },
    ];
    const { fake } = access(files, ['Full-1B-q4f32_1-MLC']);
    expect(await readModelCacheInventory(fake)).toEqual([
      {
        baseUrl: base('Full-1B-q4f32_1-MLC'),
        modelIds: ['Full-1B-q4f32_1-MLC', 'Full-1B-q4f32_1-MLC-1k'],
        bytes: 500,
        files: 2,
        complete: true,
      },
      { baseUrl: base('Part-3B-q4f32_1-MLC'), modelIds: ['Part-3B-q4f32_1-MLC'], bytes: 50, files: 1, complete: false },
    ]);
  });
});

describe('deleteFromModelCache', () => {
  it('deletes a complete model through WebLLM, then sweeps leftover files', async () => {
    const { fake, log } = access([], []);
    await deleteFromModelCache(
      { baseUrl: base('Full-1B-q4f32_1-MLC'), modelIds: ['Full-1B-q4f32_1-MLC'], bytes: 1, files: 1, complete: true },
      fake,
    );
    expect(log).toEqual(['webllm Full-1B-q4f32_1-MLC', `files ${base('Full-1B-q4f32_1-MLC')}`]);
  });

  it('never asks WebLLM to delete an interrupted download', async () => {
    const { fake, log } = access([], []);
    await deleteFromModelCache(
      { baseUrl: base('Part-3B-q4f32_1-MLC'), modelIds: ['Part-3B-q4f32_1-MLC'], bytes: 1, files: 1, complete: false },
      fake,
    );
    expect(log).toEqual([`files ${base('Part-3B-q4f32_1-MLC')}`]);
  });
});
