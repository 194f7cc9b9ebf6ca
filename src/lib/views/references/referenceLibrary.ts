import {
  appDatabase,
  deleteReference,
  listReferences,
  saveReference,
  type StoredReference,
  type ValueProbeDb,
} from '../../store/index.ts';

/** The imported human references in this browser's IndexedDB. */
export interface ReferenceLibrary {
  list(): Promise<StoredReference[]>;
  save(reference: StoredReference): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Opens the app database on first use only, so pages that never touch references never open it. */
export function idbReferenceLibrary(open: () => Promise<ValueProbeDb> = appDatabase): ReferenceLibrary {
  let database: Promise<ValueProbeDb> | null = null;
  const db = () => (database ??= open());
  return {
    list: async () => listReferences(await db()),
    save: async (reference) => saveReference(await db(), reference),
    remove: async (id) => deleteReference(await db(), id),
  };
}
