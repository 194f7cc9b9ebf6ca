import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openValueProbeDb } from '../openValueProbeDb';
import { appendResults, putRun } from '../runs';
import type { ValueProbeDb } from '../schema';
import { freshDbName, sampleResult, sampleRun } from '../testing/fixtures';
import { findSameRun, sameAnswers } from './findSameRun';

const answers = [sampleResult('Q1', 'USA', [0.1, 0.9]), sampleResult('Q1', 'DEU', [0.5, 0.5])];

describe('sameAnswers', () => {
  it('matches the same items in another order', () => {
    expect(sameAnswers(answers, [answers[1]!, answers[0]!])).toBe(true);
  });

  it('tells apart one different probability, a missing item and an empty list', () => {
    expect(sameAnswers(answers, [answers[0]!, sampleResult('Q1', 'DEU', [0.6, 0.4])])).toBe(false);
    expect(sameAnswers(answers, [answers[0]!])).toBe(false);
    expect(sameAnswers([], [])).toBe(true);
  });
});

describe('findSameRun', () => {
  let db: ValueProbeDb;
  beforeEach(async () => {
    db = await openValueProbeDb({ name: freshDbName() });
  });
  afterEach(() => db.close());

  it('finds the stored run with the same answers and no other', async () => {
    const other = sampleRun({ id: 'other', doneItems: 2 });
    const same = sampleRun({ id: 'same', doneItems: 2 });
    await putRun(db, other);
    await appendResults(db, other, [
      sampleResult('Q1', 'USA', [0.1, 0.9], 'other'),
      sampleResult('Q1', 'DEU', [0.2, 0.8], 'other'),
    ]);
    await putRun(db, same);
    await appendResults(
      db,
      same,
      answers.map((answer) => ({ ...answer, runId: 'same' })),
    );

    expect((await findSameRun(db, [answers[1]!, answers[0]!]))?.id).toBe('same');
    expect(await findSameRun(db, [answers[0]!])).toBeUndefined();
  });
});
