import type { Dataset } from '../../survey/types';
import { guardQuota } from '../errors';
import { resultRecordOf } from '../itemKey';
import type { ValueProbeDb } from '../schema';
import { parseRunExport, type ParsedRunExport } from './parseRunExport';

export interface ImportedRun {
  runId: string;
  /** Set when a run with the file's id already existed: the import got a new id instead of overwriting. */
  renamedFrom?: string;
  itemCount: number;
}

/** How an import names and dates what it writes; tests pass their own. */
export interface ImportClock {
  newId: () => string;
  now: () => Date;
}

const SYSTEM_CLOCK: ImportClock = { newId: () => crypto.randomUUID(), now: () => new Date() };

/**
 * Imports a run file: validates everything first (see parseRunExport), then writes the run and all
 * its items in ONE transaction, so a failure leaves the store as it was. An existing run is never
 * overwritten: if the id is taken, the imported copy gets a fresh id from `newId`.
 */
export async function importRun(
  db: ValueProbeDb,
  text: string,
  catalog: Pick<Dataset, 'questions' | 'countries'>,
  newId: () => string = SYSTEM_CLOCK.newId,
): Promise<ImportedRun> {
  return importParsedRun(db, parseRunExport(text, catalog), { ...SYSTEM_CLOCK, newId });
}

/** Writes a run already validated by parseRunExport, marked as imported (see importRun). */
export async function importParsedRun(
  db: ValueProbeDb,
  { run, promptTemplate, items }: ParsedRunExport,
  clock: ImportClock = SYSTEM_CLOCK,
): Promise<ImportedRun> {
  const transaction = db.transaction(['runs', 'results'], 'readwrite');
  const runs = transaction.objectStore('runs');
  const idTaken = (await runs.getKey(run.id)) !== undefined;
  const runId = idTaken ? clock.newId() : run.id;
  const writes = [
    // The file's template is kept so that a re-export writes the wording the run was asked with.
    runs.put({ ...run, id: runId, importedAt: clock.now().toISOString(), promptTemplate }),
    ...items.map((item) => transaction.objectStore('results').put(resultRecordOf(item, runId))),
  ];
  await guardQuota(Promise.all([...writes, transaction.done]));
  return idTaken ? { runId, renamedFrom: run.id, itemCount: items.length } : { runId, itemCount: items.length };
}
