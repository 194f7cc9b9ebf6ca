import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getRun } from '../store/runs';
import { deleteIdleRun } from './deleteIdleRun';
import { InMemoryLocks } from './testing/inMemoryLocks';
import { setUpRun, wideCatalog } from './testing/runSetup';
import { createFixedEngine } from './testing/fixedEngine';
import { RunLockedError, withRunLock } from './withRunLock';
import type { ValueProbeDb } from '../store/schema';

const open: ValueProbeDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

async function storedRun() {
  const setup = await setUpRun(wideCatalog(2), createFixedEngine().descriptor, {
    questionIds: ['Q1', 'Q2'],
    countryIds: ['USA'],
  });
  open.push(setup.db);
  return setup;
}

describe('deleteIdleRun', () => {
  it('refuses to delete a run while a runner holds its lock, and keeps the run', async () => {
    const { db } = await storedRun();
    const locks = new InMemoryLocks();
    let finish: () => void = () => undefined;
    const runner = withRunLock('run-1', () => new Promise<void>((resolve) => (finish = resolve)), locks);
    const refused = deleteIdleRun(db, 'run-1', locks);
    await expect(refused).rejects.toBeInstanceOf(RunLockedError);
    await expect(refused).rejects.toThrow(
      'This run is running (in this tab or another): pause or cancel it there first, then delete it.',
    );
    expect(await getRun(db, 'run-1')).toBeDefined();
    finish();
    await runner;
    await deleteIdleRun(db, 'run-1', locks);
    expect(await getRun(db, 'run-1')).toBeUndefined();
  });
});
