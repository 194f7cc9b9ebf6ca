import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openValueProbeDb } from './openValueProbeDb';
import { deleteReference, findDamagedReferences, getReference, listReferences, saveReference } from './references';
import type { ValueProbeDb } from './schema';
import { freshDbName, sampleReference } from './testing/fixtures';
import type { Distribution } from '../survey/types';

let db: ValueProbeDb;
beforeEach(async () => {
  db = await openValueProbeDb({ name: freshDbName() });
});
afterEach(() => db.close());

describe('references', () => {
  it('saves, lists (oldest first), gets and deletes', async () => {
    expect(await listReferences(db)).toEqual([]);
    const later = { ...sampleReference('later'), createdAt: '2026-02-01T00:00:00.000Z' };
    await saveReference(db, later);
    await saveReference(db, sampleReference('earlier'));
    expect((await listReferences(db)).map((reference) => reference.id)).toEqual(['earlier', 'later']);
    expect(await getReference(db, 'later')).toEqual(later);
    await deleteReference(db, 'later');
    expect(await getReference(db, 'later')).toBeUndefined();
  });

  it('refuses to save a response whose distribution does not match its counts', async () => {
    const reference = sampleReference();
    const bad = {
      counts: [30, 70],
      n: 100,
      distribution: [0.3, 0.3, 0.4] as readonly number[] as Distribution,
      mean: 1.7,
    };
    reference.responses = { Q2: { USA: bad } };
    await expect(saveReference(db, reference)).rejects.toThrow(
      'reference to save "wvs7-weighted" responses.Q2.USA: "distribution" has 3 probabilities but the question has 2 options',
    );
    expect(await listReferences(db)).toEqual([]);
  });

  it('reports a damaged stored reference with what to do, and still lists the others', async () => {
    await db.put('references', { ...sampleReference(), weighting: 'heavy' } as never);
    await saveReference(db, sampleReference('fine'));
    const problem =
      'stored reference "wvs7-weighted": "weighting" must be one of weighted, unweighted, got "heavy". This version of ValueProbe cannot read it; delete it and import the source file again';
    await expect(getReference(db, 'wvs7-weighted')).rejects.toThrow(problem);
    expect((await listReferences(db)).map((reference) => reference.id)).toEqual(['fine']);
    expect(await findDamagedReferences(db)).toEqual([{ key: 'wvs7-weighted', problem }]);
  });
});
