import type { Dataset } from '../../survey/types';
import { parseRunExport, type ParsedRunExport } from '../exchange/parseRunExport';
import { resultRecordOf } from '../itemKey';
import type { ResultRecord } from '../types';
import { readList, readObject, readString } from '../../validate/fields';
import { PUBLISHED_FOLDER, publishedRunEntry, type PublishedRunInfo } from './publishedRuns';

/** A published run as the views use it: the run file, its answers keyed like stored ones, and its provenance. */
export interface PublishedRun extends ParsedRunExport {
  results: ResultRecord[];
  info: PublishedRunInfo;
}

type Catalog = Pick<Dataset, 'questions' | 'countries'>;

function readInfo(value: unknown): PublishedRunInfo {
  const info = readObject(value, 'file: "published"');
  return {
    source: readString(info, 'source', 'published'),
    citation: readString(info, 'citation', 'published'),
    decoding: readString(info, 'decoding', 'published'),
    unparseable: readList(info, 'unparseable', 'published').map((raw: unknown, index) => {
      const where = `published unparseable reply ${index + 1}`;
      const reply = readObject(raw, where);
      return {
        questionId: readString(reply, 'questionId', where),
        countryId: readString(reply, 'countryId', where),
        reply: readString(reply, 'reply', where),
      };
    }),
  };
}

/** Reads a published run file's text; throws naming what is wrong. */
export function parsePublishedRun(text: string, catalog: Catalog): PublishedRun {
  const parsed = parseRunExport(text, catalog);
  const info = readInfo((JSON.parse(text) as { published?: unknown }).published);
  const results = parsed.items.map((item) => resultRecordOf(item, parsed.run.id));
  return { ...parsed, results, info };
}

const loaded = new Map<string, Promise<PublishedRun>>();

/**
 * A published run by id, fetched from the site itself (no IndexedDB) and validated once per page or worker.
 * The files sit beside the dataset, so `datasetUrl` (pageDatasetUrl(), which a worker is given) locates them.
 */
export function loadPublishedRun(
  runId: string,
  catalog: Catalog,
  datasetUrl: string,
  fetchImpl: (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>> = fetch,
): Promise<PublishedRun> {
  const entry = publishedRunEntry(runId);
  if (entry === undefined) return Promise.reject(new Error(`"${runId}" is not one of the published example runs.`));
  let pending = loaded.get(runId);
  if (pending === undefined) {
    const url = new URL(`${PUBLISHED_FOLDER}${entry.file}`, datasetUrl).href;
    pending = (async () => {
      const response = await fetchImpl(url);
      if (!response.ok)
        throw new Error(`Could not download the example run (${url}): HTTP ${response.status}. Reload the page.`);
      return parsePublishedRun(await response.text(), catalog);
    })();
    pending.catch(() => loaded.delete(runId));
    loaded.set(runId, pending);
  }
  return pending;
}
