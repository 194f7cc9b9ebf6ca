import type { ValueProbeDb } from './schema';
import type { ResultRecord } from './types';
import { partitionStored, type DamagedRecord } from './errors';
import { readRunRecord } from './validate/readRunRecord';
import { readResultRecord } from './validate/readResultItem';

const RESULT_REMEDY =
  'This version of ValueProbe cannot read this answer; the others are shown and exported without it. ' +
  'Delete it (Results or Manage) and resume the run to ask it again';

/** A run's stored answers in one read: the readable ones, and the damaged ones by item key with the reason. */
export async function readRunResults(
  db: ValueProbeDb,
  runId: string,
): Promise<{ valid: ResultRecord[]; damaged: DamagedRecord[] }> {
  const index = db.transaction('results').store.index('by-run');
  const [keys, values] = await Promise.all([index.getAllKeys(runId), index.getAll(runId) as Promise<unknown[]>]);
  const entries = keys.map(([, itemKey], position) => ({ key: itemKey, value: values[position] }));
  return partitionStored(readResultRecord, entries, `stored result of run "${runId}"`, RESULT_REMEDY);
}

/** Every readable stored result of a run; one damaged answer never hides the others (see findDamagedResults). */
export async function listResults(db: ValueProbeDb, runId: string): Promise<ResultRecord[]> {
  return (await readRunResults(db, runId)).valid;
}

/** A run's stored answers this version cannot read, by item key, with the reason. */
export async function findDamagedResults(db: ValueProbeDb, runId: string): Promise<DamagedRecord[]> {
  return (await readRunResults(db, runId)).damaged;
}

/**
 * Deletes one damaged answer and, in the same transaction, counts it as not done: the run becomes paused (no
 * longer "completed"), so resuming it asks the item again.
 */
export async function deleteDamagedResult(db: ValueProbeDb, runId: string, itemKey: string): Promise<void> {
  const transaction = db.transaction(['runs', 'results'], 'readwrite');
  const runs = transaction.objectStore('runs');
  const run = readRunRecord(await runs.get(runId), 'stored run');
  await transaction.objectStore('results').delete([runId, itemKey]);
  const status = run.status === 'completed' || run.status === 'running' ? 'paused' : run.status;
  await Promise.all([runs.put({ ...run, doneItems: Math.max(0, run.doneItems - 1), status }), transaction.done]);
}

/** Item keys already answered in a run (cheap: reads keys only). */
export async function listResultKeys(db: ValueProbeDb, runId: string): Promise<Set<string>> {
  const keys = await db.getAllKeysFromIndex('results', 'by-run', runId);
  return new Set(keys.map(([, key]) => key));
}
