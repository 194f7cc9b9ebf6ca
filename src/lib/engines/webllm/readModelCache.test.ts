import { describe, expect, it } from 'vitest';
import { deleteCachedFiles, readCachedFiles } from './readModelCache';

/** A Cache Storage holding one cache, in memory; Node's Request/Response are the real classes. */
function fakeStorage(entries: Array<[string, Response]>, name = 'webllm/model'): CacheStorage {
  const store = new Map(entries);
  const cache = {
    keys: async () => [...store.keys()].map((url) => new Request(url)),
    match: async (request: Request | string) => store.get(typeof request === 'string' ? request : request.url)?.clone(),
    delete: async (request: Request | string) => store.delete(typeof request === 'string' ? request : request.url),
  };
  return {
    has: async (cacheName: string) => cacheName === name,
    open: async () => cache,
  } as unknown as CacheStorage;
}

const base = 'https://huggingface.co/mlc-ai/X/resolve/main/';

describe('readCachedFiles', () => {
  it('returns nothing when Cache Storage or WebLLM’s cache is missing', async () => {
    expect(await readCachedFiles(undefined)).toEqual([]);
    expect(await readCachedFiles(fakeStorage([], 'other'))).toEqual([]);
  });

  it('reads sizes from Content-Length, else from the stored body', async () => {
    const storage = fakeStorage([
      [`${base}params_shard_0.bin`, new Response('ignored', { headers: { 'content-length': '33554432' } })],
      [`${base}tokenizer.json`, new Response('12345')],
    ]);
    expect(await readCachedFiles(storage)).toEqual([
      { url: `${base}params_shard_0.bin`, bytes: 33_554_432 },
      { url: `${base}tokenizer.json`, bytes: 5 },
    ]);
  });
});

describe('deleteCachedFiles', () => {
  it('deletes only files under the base URL and counts them', async () => {
    const storage = fakeStorage([
      [`${base}a.bin`, new Response('a')],
      [`${base}b.bin`, new Response('b')],
      ['https://huggingface.co/mlc-ai/Y/resolve/main/a.bin', new Response('c')],
    ]);
    expect(await deleteCachedFiles(base, storage)).toBe(2);
    expect((await readCachedFiles(storage)).map((file) => file.url)).toEqual([
      'https://huggingface.co/mlc-ai/Y/resolve/main/a.bin',
    ]);
    expect(await deleteCachedFiles(base, undefined)).toBe(0);
  });
});
