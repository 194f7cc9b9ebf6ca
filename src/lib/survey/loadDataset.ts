import type { Dataset } from './types.ts';
import { parseDataset } from './parseDataset.ts';

export type FetchLike = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'json'>>;

export const DATASET_PATH = 'data/wvs7-dataset.json';

let pending: Promise<Dataset> | null = null;

async function fetchDataset(fetchImpl: FetchLike): Promise<Dataset> {
  const url = `${import.meta.env.BASE_URL}${DATASET_PATH}`;
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new Error(`Could not download the survey dataset (${url}): ${error instanceof Error ? error.message : String(error)}. Check the connection and reload the page.`, { cause: error });
  }
  if (!response.ok) throw new Error(`Could not download the survey dataset (${url}): HTTP ${response.status} ${response.statusText}. Reload the page; if it persists the site is missing ${DATASET_PATH}.`);
  return parseDataset(await response.json());
}

/**
 * The bundled dataset, fetched and validated once per page: every caller shares the same promise.
 * A failed load is forgotten so that a later call can retry.
 */
export function loadDataset(fetchImpl: FetchLike = fetch): Promise<Dataset> {
  if (pending === null) {
    pending = fetchDataset(fetchImpl);
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
