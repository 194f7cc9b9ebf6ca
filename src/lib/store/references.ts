import type { ValueProbeDb } from './schema';
import type { StoredReference } from './types';
import { guardQuota, readStored } from './errors';
import { readStoredReference } from './validate/readStoredReference';

const REFERENCE_REMEDY = 'Delete it in Manage → References and import the source file again';

/** Validates and stores (or replaces) an imported human reference. */
export async function saveReference(db: ValueProbeDb, reference: StoredReference): Promise<void> {
  const valid = readStoredReference(reference, 'reference to save');
  await guardQuota(db.put('references', valid));
}

/** All imported references, oldest first. */
export async function listReferences(db: ValueProbeDb): Promise<StoredReference[]> {
  const values: unknown[] = await db.getAll('references');
  return values
    .map((value) => readStored(readStoredReference, value, 'stored reference', REFERENCE_REMEDY))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function getReference(db: ValueProbeDb, id: string): Promise<StoredReference | undefined> {
  const value: unknown = await db.get('references', id);
  return value === undefined ? undefined : readStored(readStoredReference, value, 'stored reference', REFERENCE_REMEDY);
}

export async function deleteReference(db: ValueProbeDb, id: string): Promise<void> {
  await db.delete('references', id);
}
