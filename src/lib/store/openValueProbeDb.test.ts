import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration } from './migrations';
import { openValueProbeDb } from './openValueProbeDb';
import { appendResults, getRun, putRun } from './runs';
import { listResults } from './results';
import { freshDbName, sampleResult, sampleRun } from './testing/fixtures';

/** A plausible next version: a new store plus an index on runs, and a data rewrite of existing runs. */
const addNotesAndStatusIndex: Migration = async (database, transaction) => {
  database.createObjectStore('notes');
  transaction.objectStore('runs').createIndex('by-status', 'status');
  const runs = transaction.objectStore('runs');
  for (const run of (await runs.getAll()) as { id: string; name: string }[]) {
    await runs.put({ ...run, name: `${run.name} (v2)` });
  }
};

async function seedCurrentVersion(name: string): Promise<void> {
  const db = await openValueProbeDb({ name });
  await putRun(db, sampleRun());
  await appendResults(db, sampleRun(), [sampleResult('Q1', 'USA', [0.1, 0.2, 0.3, 0.4])]);
  db.close();
}

describe('openValueProbeDb', () => {
  it('creates version 2 with the three stores', async () => {
    const db = await openValueProbeDb({ name: freshDbName() });
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['references', 'results', 'runs']);
    expect([...db.transaction('results').store.indexNames]).toEqual(['by-run']);
    db.close();
  });

  it('upgrading a version 1 database drops the unused settings store and keeps runs and results', async () => {
    const name = freshDbName();
    const version1 = await openValueProbeDb({ name, migrations: MIGRATIONS.slice(0, 1) });
    expect([...version1.objectStoreNames]).toContain('settings');
    await putRun(version1, sampleRun());
    await appendResults(version1, sampleRun(), [sampleResult('Q1', 'USA', [0.1, 0.2, 0.3, 0.4])]);
    version1.close();
    const db = await openValueProbeDb({ name });
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['references', 'results', 'runs']);
    expect(await getRun(db, 'run-1')).toEqual(sampleRun());
    expect(await listResults(db, 'run-1')).toEqual([sampleResult('Q1', 'USA', [0.1, 0.2, 0.3, 0.4])]);
    db.close();
  });

  it('upgrading a database with data to the next version keeps the data and applies the step', async () => {
    const name = freshDbName();
    await seedCurrentVersion(name);
    const db = await openValueProbeDb({ name, migrations: [...MIGRATIONS, addNotesAndStatusIndex] });
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames]).toContain('notes');
    expect((await getRun(db, 'run-1'))?.name).toBe('Sample run (v2)');
    expect(await listResults(db, 'run-1')).toEqual([sampleResult('Q1', 'USA', [0.1, 0.2, 0.3, 0.4])]);
    db.close();
  });

  it('an open older connection steps aside so another tab can upgrade', async () => {
    const name = freshDbName();
    const older = await openValueProbeDb({ name });
    const newer = await openValueProbeDb({ name, migrations: [...MIGRATIONS, addNotesAndStatusIndex] });
    expect(newer.version).toBe(3);
    await expect(getRun(older, 'run-1')).rejects.toMatchObject({ name: 'InvalidStateError' });
    newer.close();
  });

  it('a failing migration aborts the upgrade: the database stays at its version with its data', async () => {
    const name = freshDbName();
    await seedCurrentVersion(name);
    const broken: Migration = () => {
      throw new Error('step 3 exploded');
    };
    await expect(openValueProbeDb({ name, migrations: [...MIGRATIONS, broken] })).rejects.toThrow(
      `Could not open the ValueProbe database "${name}": step 3 exploded`,
    );
    const db = await openValueProbeDb({ name });
    expect(db.version).toBe(2);
    expect(await getRun(db, 'run-1')).toEqual(sampleRun());
    db.close();
  });

  it('names the missing step when a migration list has a hole', async () => {
    const holey = [MIGRATIONS[0], undefined] as unknown as Migration[];
    await expect(openValueProbeDb({ name: freshDbName(), migrations: holey })).rejects.toThrow(
      'No migration from database version 1 to 2.',
    );
  });
});
