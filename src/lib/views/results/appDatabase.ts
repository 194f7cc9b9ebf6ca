import { openValueProbeDb, type ValueProbeDb } from '../../store';

let opened: Promise<ValueProbeDb> | null = null;

/** The app's IndexedDB, opened once per page and shared by the Results, Compare and Manage views. */
export function appDatabase(): Promise<ValueProbeDb> {
  if (opened === null) {
    opened = openValueProbeDb();
    opened.catch(() => {
      opened = null;
    });
  }
  return opened;
}
