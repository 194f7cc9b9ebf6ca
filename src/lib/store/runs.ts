import type { ValueProbeDb } from './schema';
import type { ResultRecord, RunRecord } from './types';
import { guardQuota, partitionStored, readStored, RunDeletedError, type DamagedRecord } from './errors';
import { readRunRecord } from './validate/readRunRecord';

const RUN_REMEDY = 'This version of ValueProbe cannot read it; delete it (other runs are not affected)';

export async function getRun(db: ValueProbeDb, runId: string): Promise<RunRecord | undefined> {
  const value: unknown = await db.get('runs', runId);
  return value === undefined ? undefined : readStored(readRunRecord, value, 'stored run', RUN_REMEDY);
}

async function readAllRuns(db: ValueProbeDb): Promise<{ valid: RunRecord[]; damaged: DamagedRecord[] }> {
  const transaction = db.transaction('runs');
  const [keys, values] = await Promise.all([
    transaction.store.getAllKeys(),
    transaction.store.getAll() as Promise<unknown[]>,
  ]);
  const entries = keys.map((key, index) => ({ key, value: values[index] }));
  return partitionStored(readRunRecord, entries, 'stored run', RUN_REMEDY);
}

/** Every readable run, newest first; see findDamagedRuns for the others. */
export async function listRuns(db: ValueProbeDb): Promise<RunRecord[]> {
  return (await readAllRuns(db)).valid.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Runs this version cannot read, with the reason; deleteRun(db, key) removes one. */
export async function findDamagedRuns(db: ValueProbeDb): Promise<DamagedRecord[]> {
  return (await readAllRuns(db)).damaged;
}

export async function putRun(db: ValueProbeDb, run: RunRecord): Promise<void> {
  await guardQuota(db.put('runs', run));
}

/** Runs a reload should offer to continue: interrupted ('running') or 'paused'. */
export async function findResumableRuns(db: ValueProbeDb): Promise<RunRecord[]> {
  return (await listRuns(db)).filter((run) => run.status === 'running' || run.status === 'paused');
}

/**
 * Stores a batch of results and the run's new progress in ONE transaction, so the run's doneItems
 * never disagrees with what is stored.
 */
export async function appendResults(db: ValueProbeDb, run: RunRecord, results: readonly ResultRecord[]): Promise<void> {
  const transaction = db.transaction(['runs', 'results'], 'readwrite');
  const resultStore = transaction.objectStore('results');
  const writes: Promise<unknown>[] = results.map((result) => resultStore.put(result));
  writes.push(transaction.objectStore('runs').put(run), transaction.done);
  await guardQuota(Promise.all(writes));
}

/**
 * A run's state with `stored` answers in the store. "Completed" is kept only when every answer the runner counted
 * (every planned item it did not skip as unanswerable) is stored: answers lost meanwhile pause the run.
 */
function withStoredCount(run: RunRecord, stored: number): RunRecord {
  if (run.status !== 'completed' || stored >= run.doneItems) return { ...run, doneItems: stored };
  const missing = run.doneItems - stored;
  return {
    ...run,
    doneItems: stored,
    status: 'paused',
    pauseReason: `${missing} of the ${run.doneItems} answers this run counted are no longer stored; resume the run to ask them again.`,
  };
}

/**
 * The runner's write: stores `results` and the run's new state in one transaction, and only while the run is still
 * stored, so a run deleted in another tab is never brought back (RunDeletedError). The answers are counted in the
 * same transaction: the stored run's doneItems is what is stored, and it stays "completed" only when every answer
 * the runner counted is stored (otherwise it is paused, saying how many are missing). Resolves with the run as stored.
 */
export async function updateStoredRun(
  db: ValueProbeDb,
  run: RunRecord,
  results: readonly ResultRecord[] = [],
): Promise<RunRecord> {
  const transaction = db.transaction(['runs', 'results'], 'readwrite');
  const runs = transaction.objectStore('runs');
  const resultStore = transaction.objectStore('results');
  if ((await runs.getKey(run.id)) === undefined) throw new RunDeletedError(run.name);
  const written = Promise.all(results.map((result) => resultStore.put(result)));
  // Requests run in the order they are made, so the count includes the answers just put.
  const stored = resultStore
    .index('by-run')
    .count(run.id)
    .then(async (count) => {
      const next = withStoredCount(run, count);
      await runs.put(next);
      return next;
    });
  const [next] = await guardQuota(Promise.all([stored, written, transaction.done]));
  return next;
}

/** Deletes a run and all its results together. */
export async function deleteRun(db: ValueProbeDb, runId: string): Promise<void> {
  const transaction = db.transaction(['runs', 'results'], 'readwrite');
  const results = transaction.objectStore('results');
  const keys = await results.index('by-run').getAllKeys(runId);
  await Promise.all([
    ...keys.map((key) => results.delete(key)),
    transaction.objectStore('runs').delete(runId),
    transaction.done,
  ]);
}
