import { describe, expect, it } from 'vitest';
import { InMemoryLocks } from './testing/inMemoryLocks';
import { RunLockedError, withRunLock } from './withRunLock';

describe('withRunLock', () => {
  it('runs the work unguarded where Web Locks are missing (Node)', async () => {
    expect(globalThis.navigator?.locks).toBeUndefined();
    await expect(withRunLock('run-1', async () => 'done')).resolves.toBe('done');
  });

  it('holds the lock named after the run while the work runs, then releases it', async () => {
    const locks = new InMemoryLocks();
    const seen = await withRunLock('run-1', async () => [...locks.held], locks);
    expect(seen).toEqual(['valueprobe-run-run-1']);
    expect(locks.held.size).toBe(0);
  });

  it('refuses a second runner for the same run but not for another run', async () => {
    const locks = new InMemoryLocks();
    let release: () => void = () => undefined;
    const first = withRunLock(
      'run-1',
      () => new Promise<string>((resolve) => (release = () => resolve('first'))),
      locks,
    );
    const second = withRunLock('run-1', async () => 'second', locks);
    await expect(second).rejects.toBeInstanceOf(RunLockedError);
    await expect(second).rejects.toThrow('This run is already running in another tab.');
    await expect(withRunLock('run-2', async () => 'other', locks)).resolves.toBe('other');
    release();
    await expect(first).resolves.toBe('first');
  });
});
