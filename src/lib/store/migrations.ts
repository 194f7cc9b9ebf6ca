import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * One schema step. Typed against an untyped database on purpose: a migration speaks the schema of
 * its own version, which later versions may have changed. It may await requests on `transaction`
 * (and nothing else: awaiting anything outside IndexedDB would let the upgrade transaction close).
 */
export type Migration = (
  database: IDBPDatabase<unknown>,
  transaction: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;

const createInitialStores: Migration = (database) => {
  database.createObjectStore('runs', { keyPath: 'id' });
  const results = database.createObjectStore('results', { keyPath: ['runId', 'itemKey'] });
  results.createIndex('by-run', 'runId');
  database.createObjectStore('references', { keyPath: 'id' });
  database.createObjectStore('settings');
};

/** Preferences live in localStorage (synchronous, read before the database opens); the store never held anything. */
const dropSettingsStore: Migration = (database) => {
  database.deleteObjectStore('settings');
};

/** migrations[i] upgrades a database from version i to version i + 1; the schema version is the list's length. */
export const MIGRATIONS: readonly Migration[] = [createInitialStores, dropSettingsStore];

/** Applies the steps from oldVersion up to newVersion, one after another, inside the upgrade transaction. */
export async function runMigrations(
  migrations: readonly Migration[],
  database: IDBPDatabase<unknown>,
  transaction: IDBPTransaction<unknown, string[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let version = oldVersion; version < newVersion; version += 1) {
    const migration = migrations[version];
    if (!migration) throw new Error(`No migration from database version ${version} to ${version + 1}.`);
    await migration(database, transaction);
  }
}
