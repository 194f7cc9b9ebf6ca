import type { Dataset } from '../../survey/types';
import { listResults } from '../results';
import { getRun } from '../runs';
import type { ValueProbeDb } from '../schema';
import type { ResultRecord, RunRecord } from '../types';
import { loadPublishedRun } from './loadPublishedRun';
import { publishedRunEntry } from './publishedRuns';

/** Where a view finds runs by id: published examples from the site, one's own runs from IndexedDB. */
export interface RunSources {
  db: ValueProbeDb;
  catalog: Pick<Dataset, 'questions' | 'countries'>;
  /** pageDatasetUrl(): the published files sit beside the dataset. */
  datasetUrl: string;
}

export async function findRun({ db, catalog, datasetUrl }: RunSources, runId: string): Promise<RunRecord | undefined> {
  if (publishedRunEntry(runId) === undefined) return getRun(db, runId);
  return (await loadPublishedRun(runId, catalog, datasetUrl)).run;
}

export async function findAnswers({ db, catalog, datasetUrl }: RunSources, runId: string): Promise<ResultRecord[]> {
  if (publishedRunEntry(runId) === undefined) return listResults(db, runId);
  return (await loadPublishedRun(runId, catalog, datasetUrl)).results;
}
