import { appDatabase, getReference, type ResultRecord, type RunRecord, type ValueProbeDb } from '../../store';
import { BUILT_IN_REFERENCE_ID, builtInReference, loadDataset } from '../../survey';
import type { Dataset, HumanReference } from '../../survey/types';
import { analyseRun, type RunAnalysis } from './analyseRun';
import { findAnswers } from '../../store/published/runsAnywhere';

/**
 * The Compare view's request to a metrics worker: runs and the reference by id. The worker reads the answers
 * from IndexedDB itself, so none are copied from the page (20 runs of 5,000 answers took the better part of a
 * second to copy, half of it blocking the page).
 */
export interface AnalyseStoredRunsInput {
  /** The bundled dataset's absolute address (pageDatasetUrl): a worker cannot resolve the page's relative one. */
  datasetUrl: string;
  /** BUILT_IN_REFERENCE_ID or the id of a reference imported under Manage. */
  referenceId: string;
  runs: readonly StoredRunVersion[];
  /** Bootstrap resamples (0 = fast pass without intervals). */
  resamples: number;
  /** The run whose items the three baselines answer too (Compare shows them beside the runs); none when absent. */
  baselinesFor?: string;
}

/** A run and what identifies the state of its answers: a run whose answers change gets a new version. */
export interface StoredRunVersion {
  id: string;
  version: string;
}

export function storedRunVersion(run: RunRecord): StoredRunVersion {
  return { id: run.id, version: `${run.updatedAt}|${run.doneItems}` };
}

/**
 * The answers a worker read for its last request, per database: the Compare view asks for the same runs twice
 * (the fast pass, then the precise one), and reading and checking the stored answers took most of a pass.
 */
const answersRead = new WeakMap<ValueProbeDb, Map<string, { version: string; items: ResultRecord[] }>>();

/** Where the worker finds the dataset and the database; tests pass their own. */
export interface StoredRunSources {
  dataset: (url: string) => Promise<Dataset>;
  database: () => Promise<ValueProbeDb>;
}

export const APP_SOURCES: StoredRunSources = { dataset: (url) => loadDataset(fetch, url), database: appDatabase };

/**
 * Each run's analysis in the runs' order (a published example's answers come from the site, see findAnswers), aggregates only (no rows: the Compare view shows none;
 * baselines only over the items of `baselinesFor`). A run id the database does not hold has no answers and gets an empty analysis. A run asked for at
 * the same version as in the previous request is not read again.
 */
export async function analyseStoredRuns(
  { datasetUrl, referenceId, runs, resamples, baselinesFor }: AnalyseStoredRunsInput,
  sources: StoredRunSources = APP_SOURCES,
): Promise<RunAnalysis[]> {
  const [dataset, db] = await Promise.all([sources.dataset(datasetUrl), sources.database()]);
  const reference = await referenceById(db, dataset, referenceId);
  const previous = answersRead.get(db);
  const current = new Map<string, { version: string; items: ResultRecord[] }>();
  const analyses: RunAnalysis[] = [];
  for (const { id, version } of runs) {
    const kept = previous?.get(id);
    const items = kept?.version === version ? kept.items : await findAnswers({ db, catalog: dataset, datasetUrl }, id);
    current.set(id, { version, items });
    const withBaselines = id === baselinesFor;
    analyses.push(analyseRun({ dataset, reference, items, resamples, withBaselines, rows: false }));
  }
  // Only the last request's runs are kept, so memory follows what is on screen.
  answersRead.set(db, current);
  return analyses;
}

export async function referenceById(db: ValueProbeDb, dataset: Dataset, referenceId: string): Promise<HumanReference> {
  if (referenceId === BUILT_IN_REFERENCE_ID) return builtInReference(dataset);
  const reference = await getReference(db, referenceId);
  if (reference === undefined) {
    throw new Error(
      `The human reference "${referenceId}" is no longer in this browser: pick another one, or import it again under Manage.`,
    );
  }
  return reference;
}
