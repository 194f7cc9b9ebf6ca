import { listResults } from '../store/results';
import { appendToStoredRun, getRun, putRun, updateStoredRun } from '../store/runs';
import type { ValueProbeDb } from '../store/schema';
import type { RunnerStore } from './types';

/** The runner's view of the IndexedDB store; its writes to a run never bring back a run deleted meanwhile. */
export function runnerStoreFor(db: ValueProbeDb): RunnerStore {
  return {
    getRun: (runId) => getRun(db, runId),
    putRun: (run) => putRun(db, run),
    listResults: (runId) => listResults(db, runId),
    appendResults: (run, results) => appendToStoredRun(db, run, results),
    updateRun: (run) => updateStoredRun(db, run),
  };
}
