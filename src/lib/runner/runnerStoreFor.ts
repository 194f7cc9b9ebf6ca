import { listResults } from '../store/results';
import { appendResults, getRun, putRun } from '../store/runs';
import type { ValueProbeDb } from '../store/schema';
import type { RunnerStore } from './types';

/** The runner's view of the IndexedDB store. */
export function runnerStoreFor(db: ValueProbeDb): RunnerStore {
  return {
    getRun: (runId) => getRun(db, runId),
    putRun: (run) => putRun(db, run),
    listResults: (runId) => listResults(db, runId),
    appendResults: (run, results) => appendResults(db, run, results),
  };
}
