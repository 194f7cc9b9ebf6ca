import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openValueProbeDb } from './openValueProbeDb';
import { deleteDamagedResult, findDamagedResults, listResults } from './results';
import { appendResults, getRun, putRun } from './runs';
import type { ValueProbeDb } from './schema';
import { freshDbName, sampleResult, sampleRun } from './testing/fixtures';

let db: ValueProbeDb;
beforeEach(async () => {
  db = await openValueProbeDb({ name: freshDbName() });
});
afterEach(() => db.close());

describe('a run with one damaged stored answer', () => {
  beforeEach(async () => {
    const run = sampleRun({ doneItems: 3, status: 'completed' });
    await putRun(db, run);
    await appendResults(db, run, [
      sampleResult('Q1', 'USA', [0.1, 0.2, 0.3, 0.4]),
      sampleResult('Q1', 'DEU', [0.4, 0.3, 0.2, 0.1]),
      { ...sampleResult('Q2', 'USA', [0.5, 0.5]), allowedMass: 7 },
    ]);
  });

  it('still reads the valid answers and names the damaged one with its problem', async () => {
    expect((await listResults(db, 'run-1')).map((result) => result.itemKey)).toEqual([
      'Q1|DEU|original',
      'Q1|USA|original',
    ]);
    const damaged = await findDamagedResults(db, 'run-1');
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.key).toBe('Q2|USA|original');
    expect(damaged[0]?.problem).toContain('"allowedMass" must be a finite number ≥ 0 and ≤ 1.000001, got 7');
  });

  it('deletes the damaged answer and counts it as not done, so a resume asks it again', async () => {
    await deleteDamagedResult(db, 'run-1', 'Q2|USA|original');
    expect(await findDamagedResults(db, 'run-1')).toEqual([]);
    expect(await getRun(db, 'run-1')).toMatchObject({ doneItems: 2, status: 'paused' });
  });
});
