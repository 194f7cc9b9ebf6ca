import type { ValueProbeDb } from './schema';
import { deleteDamagedResult, findDamagedResults } from './results';
import { deleteRun, findDamagedRuns, listRuns } from './runs';
import { deleteReference, findDamagedReferences } from './references';

/**
 * A stored record this version cannot read, wherever it is: a run, an imported reference, or one answer of a
 * readable run (the answers of a damaged run go with it).
 */
export type DamagedEntry =
  | { kind: 'run'; key: string; problem: string }
  | { kind: 'reference'; key: string; problem: string }
  | { kind: 'answer'; runId: string; runName: string; key: string; problem: string };

/** Every damaged record, runs first, then references, then answers run by run. */
export async function findDamagedRecords(db: ValueProbeDb): Promise<DamagedEntry[]> {
  const [runs, references, readableRuns] = await Promise.all([
    findDamagedRuns(db),
    findDamagedReferences(db),
    listRuns(db),
  ]);
  const answers = await Promise.all(
    readableRuns.map(async (run) =>
      (await findDamagedResults(db, run.id)).map(({ key, problem }): DamagedEntry => ({
        kind: 'answer',
        runId: run.id,
        runName: run.name,
        key,
        problem,
      })),
    ),
  );
  return [
    ...runs.map(({ key, problem }): DamagedEntry => ({ kind: 'run', key, problem })),
    ...references.map(({ key, problem }): DamagedEntry => ({ kind: 'reference', key, problem })),
    ...answers.flat(),
  ];
}

/** The record exactly as stored, unvalidated, so a person can keep or inspect it before deleting it. */
export async function readRawRecord(db: ValueProbeDb, entry: DamagedEntry): Promise<unknown> {
  switch (entry.kind) {
    case 'run':
      return db.get('runs', entry.key);
    case 'reference':
      return db.get('references', entry.key);
    case 'answer':
      return db.get('results', [entry.runId, entry.key]);
  }
}

/** Deletes a damaged record: a run with all its answers; one answer counted as not done (see deleteDamagedResult). */
export async function deleteDamagedRecord(db: ValueProbeDb, entry: DamagedEntry): Promise<void> {
  switch (entry.kind) {
    case 'run':
      return deleteRun(db, entry.key);
    case 'reference':
      return deleteReference(db, entry.key);
    case 'answer':
      return deleteDamagedResult(db, entry.runId, entry.key);
  }
}
