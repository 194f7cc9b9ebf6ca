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

/** A write transaction on a run that is still stored; RunDeletedError once it is gone (deleted in another tab). */
async function storedRunTransaction(db: ValueProbeDb, run: RunRecord) {
  const transaction = db.transaction(['runs', 'results'], 'readwrite');
  if ((await transaction.objectStore('runs').getKey(run.id)) === undefined) throw new RunDeletedError(run.name);
  return transaction;
}

/**
 * The runner's batch write: like appendResults, but only while the run is still stored, so a run deleted in another
 * tab is never brought back (RunDeletedError). Answers are not counted here: counting reads the run's whole index,
 * which per batch would make a long run quadratic; updateStoredRun counts.
 */
export async function appendToStoredRun(
  db: ValueProbeDb,
  run: RunRecord,
  results: readonly ResultRecord[],
): Promise<void> {
  const transaction = await storedRunTransaction(db, run);
  const resultStore = transaction.objectStore('results');
  const writes: Promise<unknown>[] = results.map((result) => resultStore.put(result));
  writes.push(transaction.objectStore('runs').put(run), transaction.done);
  await guardQuota(Promise.all(writes));
}

/**
 * The runner's write of a run's state (as it starts and as it ends), only while the run is still stored
 * (RunDeletedError otherwise). The answers are counted in the same transaction: the stored doneItems is what is
 * stored, and the run stays "completed" only when every answer the runner counted is stored (otherwise it is
 * paused, saying how many are missing). Resolves with the run as stored.
 */
export async function updateStoredRun(db: ValueProbeDb, run: RunRecord): Promise<RunRecord> {
  const transaction = await storedRunTransaction(db, run);
  const count = await transaction.objectStore('results').index('by-run').count(run.id);
  const next = withStoredCount(run, count);
  await guardQuota(Promise.all([transaction.objectStore('runs').put(next), transaction.done]));
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
