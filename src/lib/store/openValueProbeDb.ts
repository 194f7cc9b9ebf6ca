import { openDB } from 'idb';
import { MIGRATIONS, runMigrations, type Migration } from './migrations';
import { DATABASE_NAME, type ValueProbeDb } from './schema';

export interface OpenOptions {
  /** Tests use a fresh name each; the app uses the default. */
  name?: string;
  /** Tests add a later version here; the app uses MIGRATIONS. */
  migrations?: readonly Migration[];
}

/**
 * Opens (creating or upgrading) the app database. A failing migration aborts the upgrade, so the
 * database stays at its old version with its data intact.
 */
export async function openValueProbeDb(options: OpenOptions = {}): Promise<ValueProbeDb> {
  const migrations = options.migrations ?? MIGRATIONS;
  const name = options.name ?? DATABASE_NAME;
  let migrationFailure: unknown = null;
  try {
    return await openDB(name, migrations.length, {
      upgrade(database, oldVersion, newVersion, transaction) {
        const untypedDatabase = database as unknown as Parameters<Migration>[0];
        const untypedTransaction = transaction as unknown as Parameters<Migration>[1];
        // An aborted upgrade rejects openDB itself; the transaction's own promise would only be an unhandled duplicate.
        transaction.done.catch(() => undefined);
        runMigrations(
          migrations,
          untypedDatabase,
          untypedTransaction,
          oldVersion,
          newVersion ?? migrations.length,
        ).catch((error: unknown) => {
          migrationFailure = error;
          transaction.abort();
        });
      },
      blocked() {
        console.warn(`Database "${name}" upgrade is waiting: close other ValueProbe tabs.`);
      },
      // A newer ValueProbe in another tab wants to upgrade: step aside (this tab must be reloaded anyway).
      blocking(_currentVersion, _blockedVersion, event) {
        (event.target as IDBDatabase).close();
      },
    });
  } catch (error) {
    // The open request only reports AbortError when a migration failed: name the migration's own error.
    const reason = migrationFailure ?? error;
    const message = reason instanceof Error ? reason.message : String(reason);
    throw new Error(`Could not open the ValueProbe database "${name}": ${message}`, { cause: error });
  }
}
