import type { Dataset } from '../../survey/types';
import { guardQuota } from '../errors';
import { resultRecordOf } from '../itemKey';
import type { ValueProbeDb } from '../schema';
import { parseRunExport } from './parseRunExport';

export interface ImportedRun {
  runId: string;
  /** Set when a run with the file's id already existed: the import got a new id instead of overwriting. */
  renamedFrom?: string;
  itemCount: number;
}

/**
 * Imports a run file: validates everything first (see parseRunExport), then writes the run and all
 * its items in ONE transaction, so a failure leaves the store as it was. An existing run is never
 * overwritten: if the id is taken, the imported copy gets a fresh id from `newId`.
 */
export async function importRun(
  db: ValueProbeDb,
  text: string,
  catalog: Pick<Dataset, 'questions' | 'countries'>,
  newId: () => string = () => crypto.randomUUID(),
): Promise<ImportedRun> {
  const { run, promptTemplate, items } = parseRunExport(text, catalog);
  const transaction = db.transaction(['runs', 'results'], 'readwrite');
  const runs = transaction.objectStore('runs');
  const idTaken = (await runs.getKey(run.id)) !== undefined;
  const runId = idTaken ? newId() : run.id;
  const writes = [
    // The file's template is kept so that a re-export writes the wording the run was asked with.
    runs.put({ ...run, id: runId, promptTemplate }),
    ...items.map((item) => transaction.objectStore('results').put(resultRecordOf(item, runId))),
  ];
  await guardQuota(Promise.all([...writes, transaction.done]));
  return idTaken ? { runId, renamedFrom: run.id, itemCount: items.length } : { runId, itemCount: items.length };
}
