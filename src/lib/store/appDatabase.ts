import { openValueProbeDb } from './openValueProbeDb';
import type { ValueProbeDb } from './schema';

let opened: Promise<ValueProbeDb> | null = null;

/** The app's IndexedDB, opened once per page and shared by every view; a failed open is retried on the next call. */
export function appDatabase(): Promise<ValueProbeDb> {
  if (opened === null) {
    opened = openValueProbeDb();
    opened.catch(() => {
      opened = null;
    });
  }
  return opened;
}
