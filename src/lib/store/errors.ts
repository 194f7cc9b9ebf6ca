import { readAtBoundary } from '../validate/fields';

/** The browser refused to store more (QuotaExceededError); the runner turns it into a pause. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(options?: ErrorOptions) {
    super(
      'Browser storage is full, so results can no longer be saved. Free space (Manage: delete old runs or cached models), then resume the run.',
      options,
    );
  }
}

/** A stored record this version cannot read (written by another version, or damaged). */
export class StoredDataError extends Error {
  override name = 'StoredDataError';
}

/**
 * The run was deleted (in this tab or another) while a runner was writing to it: the runner stops and never
 * writes the run back.
 */
export class RunDeletedError extends Error {
  override name = 'RunDeletedError';
  constructor(runName: string) {
    super(`The run "${runName}" was deleted while it ran, so it stopped; nothing of it is kept. Start a new run.`);
  }
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('name' in error)) return false;
  return error.name === 'QuotaExceededError';
}

/** Awaits a write, turning QuotaExceededError into StorageFullError; other errors pass through. */
export async function guardQuota<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError({ cause: error }) : error;
  }
}

/** Validates a record read back from IndexedDB, wrapping failures in a message that says what to do. */
export function readStored<T>(
  read: (value: unknown, where: string) => T,
  value: unknown,
  where: string,
  remedy: string,
): T {
  return readAtBoundary(
    () => read(value, where),
    (error) => new StoredDataError(`${error.message}. ${remedy}`, { cause: error }),
  );
}

/** A stored record that failed validation, by key, so a view can offer to delete it. */
export interface DamagedRecord {
  key: string;
  problem: string;
}

/**
 * Validates many stored records at once, keeping the readable ones and listing the damaged ones,
 * so one bad record does not hide (or block deleting) all the others.
 */
export function partitionStored<T>(
  read: (value: unknown, where: string) => T,
  entries: readonly { key: string; value: unknown }[],
  where: string,
  remedy: string,
): { valid: T[]; damaged: DamagedRecord[] } {
  const valid: T[] = [];
  const damaged: DamagedRecord[] = [];
  for (const { key, value } of entries) {
    try {
      valid.push(readStored(read, value, where, remedy));
    } catch (error) {
      if (!(error instanceof StoredDataError)) throw error;
      damaged.push({ key, problem: error.message });
    }
  }
  return { valid, damaged };
}
