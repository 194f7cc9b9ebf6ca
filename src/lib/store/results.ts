import type { ValueProbeDb } from './schema';
import type { ResultRecord } from './types';
import { readStored } from './errors';
import { readResultRecord } from './validate/readResultItem';

const RESULT_REMEDY = "This version of ValueProbe cannot read the run's answers; delete the run and run it again";

/** Every stored result of a run, validated. */
export async function listResults(db: ValueProbeDb, runId: string): Promise<ResultRecord[]> {
  const values: unknown[] = await db.getAllFromIndex('results', 'by-run', runId);
  return values.map((value) => readStored(readResultRecord, value, `stored result of run "${runId}"`, RESULT_REMEDY));
}

/** Item keys already answered in a run (cheap: reads keys only). */
export async function listResultKeys(db: ValueProbeDb, runId: string): Promise<Set<string>> {
  const keys = await db.getAllKeysFromIndex('results', 'by-run', runId);
  return new Set(keys.map(([, key]) => key));
}
