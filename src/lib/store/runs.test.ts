import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RunDeletedError, StoredDataError } from './errors';
import { openValueProbeDb } from './openValueProbeDb';
import { findDamagedResults, listResultKeys, listResults } from './results';
import {
  appendResults,
  deleteRun,
  findDamagedRuns,
  findResumableRuns,
  getRun,
  listRuns,
  putRun,
  appendToStoredRun,
  updateStoredRun,
} from './runs';
import type { ValueProbeDb } from './schema';
import { freshDbName, sampleResult, sampleRun } from './testing/fixtures';

let db: ValueProbeDb;
beforeEach(async () => {
  db = await openValueProbeDb({ name: freshDbName() });
});
afterEach(() => db.close());

describe('runs and results', () => {
  it('returns undefined and empty lists on an empty store', async () => {
    expect(await getRun(db, 'nope')).toBeUndefined();
    expect(await listRuns(db)).toEqual([]);
    expect(await findResumableRuns(db)).toEqual([]);
    expect(await findDamagedRuns(db)).toEqual([]);
    expect(await listResults(db, 'nope')).toEqual([]);
    expect(await listResultKeys(db, 'nope')).toEqual(new Set());
  });

  it('lists runs newest first and finds the running and paused ones', async () => {
    await putRun(db, sampleRun({ id: 'old', status: 'paused', createdAt: '2026-01-01T00:00:00.000Z' }));
    await putRun(db, sampleRun({ id: 'new', status: 'running', createdAt: '2026-01-03T00:00:00.000Z' }));
    await putRun(db, sampleRun({ id: 'done', status: 'completed', createdAt: '2026-01-02T00:00:00.000Z' }));
    await putRun(db, sampleRun({ id: 'gone', status: 'cancelled', createdAt: '2026-01-04T00:00:00.000Z' }));
    expect((await listRuns(db)).map((run) => run.id)).toEqual(['gone', 'new', 'done', 'old']);
    expect((await findResumableRuns(db)).map((run) => run.id)).toEqual(['new', 'old']);
  });

  it('appends results and the run progress together, and deletes only the given run', async () => {
    const run = sampleRun({ status: 'running', doneItems: 2 });
    const first = sampleResult('Q1', 'USA', [0.25, 0.25, 0.25, 0.25]);
    const second = sampleResult('Q2', 'DEU', [0.5, 0.5]);
    const other = sampleResult('Q2', 'DEU', [1, 0], 'run-2');
    await appendResults(db, run, [first, second]);
    await appendResults(db, sampleRun({ id: 'run-2', doneItems: 1 }), [other]);
    expect((await getRun(db, 'run-1'))?.doneItems).toBe(2);
    expect(await listResultKeys(db, 'run-1')).toEqual(new Set(['Q1|USA|original', 'Q2|DEU|original']));
    expect(await listResults(db, 'run-2')).toEqual([other]);

    await deleteRun(db, 'run-1');
    expect(await getRun(db, 'run-1')).toBeUndefined();
    expect(await listResults(db, 'run-1')).toEqual([]);
    expect(await listResults(db, 'run-2')).toEqual([other]);
  });

  it('rejects a damaged stored run with the field, the value and what to do, without hiding the others', async () => {
    await db.put('runs', { ...sampleRun(), status: 'exploded' } as never);
    await db.put('runs', { id: 'run-x' } as never);
    await putRun(db, sampleRun({ id: 'run-2', status: 'paused' }));
    const problem =
      'stored run "run-1": "status" must be one of running, paused, completed, cancelled, got "exploded". This version of ValueProbe cannot read it; delete it (other runs are not affected)';
    await expect(getRun(db, 'run-1')).rejects.toThrow(new StoredDataError(problem));
    expect((await listRuns(db)).map((run) => run.id)).toEqual(['run-2']);
    expect((await findResumableRuns(db)).map((run) => run.id)).toEqual(['run-2']);
    expect(await findDamagedRuns(db)).toEqual([
      { key: 'run-1', problem },
      {
        key: 'run-x',
        problem:
          'stored run "run-x": "name" must be a non-empty text, got nothing. This version of ValueProbe cannot read it; delete it (other runs are not affected)',
      },
    ]);
    await deleteRun(db, 'run-x');
    expect((await findDamagedRuns(db)).map((damaged) => damaged.key)).toEqual(['run-1']);
  });

  it('lists a stored result whose key disagrees with its content as damaged', async () => {
    await db.put('results', { ...sampleResult('Q1', 'USA', [1, 0, 0, 0]), itemKey: 'Q9|USA|original' });
    expect(await listResults(db, 'run-1')).toEqual([]);
    expect(await findDamagedResults(db, 'run-1')).toEqual([
      {
        key: 'Q9|USA|original',
        problem: expect.stringContaining(
          'stored result of run "run-1": "itemKey" is "Q9|USA|original" but its content says "Q1|USA|original".',
        ) as string,
      },
    ]);
  });
});

describe('appendToStoredRun and updateStoredRun (the runner’s writes)', () => {
  const answers = [sampleResult('Q1', 'USA', [0.5, 0.5]), sampleResult('Q1', 'DEU', [0.5, 0.5])];

  it('never writes back a run deleted meanwhile, nor its answers', async () => {
    const run = sampleRun({ totalItems: 2, doneItems: 0, status: 'running' });
    await putRun(db, run);
    await deleteRun(db, run.id);
    await expect(appendToStoredRun(db, { ...run, doneItems: 2 }, answers)).rejects.toBeInstanceOf(RunDeletedError);
    await expect(updateStoredRun(db, { ...run, status: 'completed' })).rejects.toThrow(
      `The run "${run.name}" was deleted while it ran, so it stopped`,
    );
    expect(await getRun(db, run.id)).toBeUndefined();
    expect(await listResultKeys(db, run.id)).toEqual(new Set());
  });

  it('counts what is stored: doneItems is the count, whatever the runner believed', async () => {
    const run = sampleRun({ totalItems: 3, doneItems: 0, status: 'running' });
    await putRun(db, run);
    await appendToStoredRun(db, run, answers);
    const stored = await updateStoredRun(db, { ...run, doneItems: 38 });
    expect(stored.doneItems).toBe(2);
    expect(await getRun(db, run.id)).toMatchObject({ doneItems: 2, status: 'running' });
  });

  it('keeps "completed" only when every answer counted is stored, otherwise pauses saying how many are missing', async () => {
    const run = sampleRun({ totalItems: 3, doneItems: 0, status: 'running' });
    await putRun(db, run);
    await appendToStoredRun(db, run, answers);
    const incomplete = await updateStoredRun(db, { ...run, status: 'completed', doneItems: 3 });
    expect(incomplete).toMatchObject({
      status: 'paused',
      doneItems: 2,
      pauseReason: '1 of the 3 answers this run counted are no longer stored; resume the run to ask them again.',
    });
    expect(await getRun(db, run.id)).toEqual(incomplete);
    await appendToStoredRun(db, run, [sampleResult('Q2', 'USA', [1, 0])]);
    const complete = await updateStoredRun(db, { ...run, status: 'completed', doneItems: 3 });
    expect(complete).toMatchObject({ status: 'completed', doneItems: 3 });
  });
});
