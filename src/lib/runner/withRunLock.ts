/** Thrown when another tab (or another runner in this tab) already runs the same run. */
export class RunLockedError extends Error {
  override name = 'RunLockedError';
}

/** The part of the Web Locks API this module uses. */
export interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

function browserLocks(): LockManagerLike | undefined {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
}

const RUNNING_ELSEWHERE =
  'This run is already running in another tab. Switch to that tab, or close it and resume here.';

/**
 * Runs `work` while holding the run's Web Lock, so one run has one runner across tabs. Where the
 * Web Locks API is missing (Node, old browsers) it runs `work` unguarded. When the lock is taken, throws
 * RunLockedError with `busyMessage`.
 */
export async function withRunLock<T>(
  runId: string,
  work: () => Promise<T>,
  locks: LockManagerLike | undefined = browserLocks(),
  busyMessage = RUNNING_ELSEWHERE,
): Promise<T> {
  if (!locks) return work();
  return locks.request(`valueprobe-run-${runId}`, { ifAvailable: true }, async (lock) => {
    if (lock === null) throw new RunLockedError(busyMessage);
    return work();
  });
}
