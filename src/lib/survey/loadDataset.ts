import type { Dataset } from './types.ts';
import { parseDataset } from './parseDataset.ts';

export type FetchLike = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'json'>>;

export const DATASET_PATH = 'data/wvs7-dataset.json';

let pending: Promise<Dataset> | null = null;

/**
 * The dataset's absolute address, resolved against the page (the app may be served from any folder). A worker
 * must be given it: there relative addresses resolve against the worker's own script.
 */
export function pageDatasetUrl(): string {
  const path = `${import.meta.env.BASE_URL}${DATASET_PATH}`;
  // Without a page (unit tests) there is nothing to resolve against: the path is used as it is.
  return typeof document === 'undefined' ? path : new URL(path, document.baseURI).href;
}

async function fetchDataset(fetchImpl: FetchLike, url: string): Promise<Dataset> {
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new Error(
      `Could not download the survey dataset (${url}): ${error instanceof Error ? error.message : String(error)}. Check the connection and reload the page.`,
      { cause: error },
    );
  }
  if (!response.ok)
    throw new Error(
      `Could not download the survey dataset (${url}): HTTP ${response.status} ${response.statusText}. Reload the page; if it persists the site is missing ${DATASET_PATH}.`,
    );
  return parseDataset(await response.json());
}

/**
 * The bundled dataset, fetched and validated once per page or worker: every caller shares the same promise (and
 * the first caller's address). A failed load is forgotten so that a later call can retry.
 */
export function loadDataset(fetchImpl: FetchLike = fetch, url?: string): Promise<Dataset> {
  if (pending === null) {
    pending = fetchDataset(fetchImpl, url ?? pageDatasetUrl());
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}

/** Tests only: forget the memoised dataset. */
export function resetDatasetCache(): void {
  pending = null;
}
