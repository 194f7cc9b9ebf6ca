import type { ValueProbeDb } from './schema';
import type { ResultRecord, RunRecord } from './types';
import { guardQuota, partitionStored, readStored, type DamagedRecord } from './errors';
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
