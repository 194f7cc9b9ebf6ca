import { deleteRun } from '../store/runs';
import type { ValueProbeDb } from '../store/schema';
import { withRunLock, type LockManagerLike } from './withRunLock';

/**
 * Deletes a run and its answers unless a runner holds the run's lock, in this tab or another (RunLockedError):
 * deleting under a running runner would lose answers it is about to write. Holding the lock while deleting keeps a
 * runner from starting meanwhile.
 */
export function deleteIdleRun(db: ValueProbeDb, runId: string, locks?: LockManagerLike): Promise<void> {
  return withRunLock(
    runId,
    () => deleteRun(db, runId),
    locks,
    'This run is running (in this tab or another): pause or cancel it there first, then delete it.',
  );
}
