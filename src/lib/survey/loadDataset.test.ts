import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset, resetDatasetCache, type FetchLike } from './loadDataset.ts';
import { minimalDatasetJson } from './testDataset.ts';

function fakeFetch(responses: (() => Promise<Awaited<ReturnType<FetchLike>>>)[]): FetchLike & { urls: string[] } {
  const urls: string[] = [];
  const fetchImpl = (url: string) => {
    urls.push(url);
    const next = responses[urls.length - 1];
    if (next === undefined) throw new Error(`unexpected fetch #${urls.length}`);
    return next();
  };
  return Object.assign(fetchImpl, { urls });
}

const ok = () =>
  Promise.resolve({ ok: true, status: 200, statusText: 'OK', json: () => Promise.resolve(minimalDatasetJson()) });

afterEach(() => resetDatasetCache());

describe('loadDataset', () => {
  it('fetches the dataset under the base URL once and shares it between callers', async () => {
    const fetchImpl = fakeFetch([ok]);
    const [a, b] = await Promise.all([loadDataset(fetchImpl), loadDataset(fetchImpl)]);
    expect(a).toBe(b);
    expect(await loadDataset(fetchImpl)).toBe(a);
    expect(fetchImpl.urls).toEqual(['/data/wvs7-dataset.json']);
    expect(a.datasetVersion).toBe('wvs7-0123456789ab');
  });

  it('reports an HTTP error with what to do, and retries on the next call', async () => {
    const fetchImpl = fakeFetch([
      () => Promise.resolve({ ok: false, status: 404, statusText: 'Not Found', json: () => Promise.resolve({}) }),
      ok,
    ]);
    await expect(loadDataset(fetchImpl)).rejects.toThrow(
      'Could not download the survey dataset (/data/wvs7-dataset.json): HTTP 404 Not Found. Reload the page; if it persists the site is missing data/wvs7-dataset.json.',
    );
    await expect(loadDataset(fetchImpl)).resolves.toMatchObject({ schemaVersion: 1 });
    expect(fetchImpl.urls).toHaveLength(2);
  });

  it('fetches from the address it is given (a worker cannot resolve the page’s relative one)', async () => {
    const fetchImpl = fakeFetch([ok]);
    await loadDataset(fetchImpl, 'https://example.test/app/data/wvs7-dataset.json');
    expect(fetchImpl.urls).toEqual(['https://example.test/app/data/wvs7-dataset.json']);
  });

  it('reports a network failure', async () => {
    const fetchImpl = fakeFetch([() => Promise.reject(new TypeError('Failed to fetch'))]);
    await expect(loadDataset(fetchImpl)).rejects.toThrow(
      'Could not download the survey dataset (/data/wvs7-dataset.json): Failed to fetch. Check the connection and reload the page.',
    );
  });

  it('rejects a file that does not parse as a dataset', async () => {
    const fetchImpl = fakeFetch([
      () =>
        Promise.resolve({ ok: true, status: 200, statusText: 'OK', json: () => Promise.resolve({ schemaVersion: 0 }) }),
    ]);
    await expect(loadDataset(fetchImpl)).rejects.toThrow('schemaVersion is 0 but this app reads version 1');
  });
});
