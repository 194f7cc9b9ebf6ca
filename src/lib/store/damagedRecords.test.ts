import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDamagedRecord, findDamagedRecords, readRawRecord } from './damagedRecords';
import { openValueProbeDb } from './openValueProbeDb';
import { listResultKeys } from './results';
import { appendResults, getRun, putRun } from './runs';
import { saveReference } from './references';
import type { ValueProbeDb } from './schema';
import { freshDbName, sampleReference, sampleResult, sampleRun } from './testing/fixtures';

let db: ValueProbeDb;
beforeEach(async () => {
  db = await openValueProbeDb({ name: freshDbName() });
});
afterEach(() => db.close());

describe('damaged records', () => {
  it('finds none in an empty or healthy store', async () => {
    expect(await findDamagedRecords(db)).toEqual([]);
    await putRun(db, sampleRun());
    await saveReference(db, sampleReference());
    expect(await findDamagedRecords(db)).toEqual([]);
  });

  it('lists a damaged run, reference and answer with the reason, gives each back raw, and deletes each', async () => {
    const brokenRun = { ...sampleRun({ id: 'broken' }), totalItems: -1 };
    await db.put('runs', brokenRun as never);
    await db.put('references', { id: 'ref-x', label: 7 } as never);
    const run = sampleRun({ name: 'Healthy run', doneItems: 2, status: 'completed' });
    await putRun(db, run);
    const brokenAnswer = { ...sampleResult('Q2', 'USA', [0.5, 0.5]), probs: [0.5, 0.7] };
    await appendResults(db, run, [sampleResult('Q1', 'USA', [1, 0])]);
    await db.put('results', brokenAnswer as never);

    const damaged = await findDamagedRecords(db);
    expect(damaged.map(({ problem: _problem, ...where }) => where)).toEqual([
      { kind: 'run', key: 'broken' },
      { kind: 'reference', key: 'ref-x' },
      { kind: 'answer', runId: 'run-1', runName: 'Healthy run', key: 'Q2|USA|original' },
    ]);
    expect(damaged[0]?.problem).toContain('stored run "broken": "totalItems"');
    expect(damaged[1]?.problem).toContain('stored reference');
    expect(damaged[2]?.problem).toContain('"probs" is not a probability distribution: it sums to 1.2, expected 1');

    expect(await readRawRecord(db, damaged[0]!)).toEqual(brokenRun);
    expect(await readRawRecord(db, damaged[1]!)).toEqual({ id: 'ref-x', label: 7 });
    expect(await readRawRecord(db, damaged[2]!)).toEqual(brokenAnswer);

    for (const entry of damaged) await deleteDamagedRecord(db, entry);
    expect(await findDamagedRecords(db)).toEqual([]);
    expect(await db.get('runs', 'broken')).toBeUndefined();
    expect(await db.get('references', 'ref-x')).toBeUndefined();
    expect([...(await listResultKeys(db, 'run-1'))]).toEqual(['Q1|USA|original']);
    expect(await getRun(db, 'run-1')).toMatchObject({ doneItems: 1, status: 'paused' });
  });
});
