import type { ValueProbeDb } from './schema';
import type { StoredReference } from './types';
import { guardQuota, partitionStored, readStored, type DamagedRecord } from './errors';
import { readStoredReference } from './validate/readStoredReference';

const REFERENCE_REMEDY = 'This version of ValueProbe cannot read it; delete it and import the source file again';

/** Validates and stores (or replaces) an imported human reference. */
export async function saveReference(db: ValueProbeDb, reference: StoredReference): Promise<void> {
  const valid = readStoredReference(reference, 'reference to save');
  await guardQuota(db.put('references', valid));
}

async function readAllReferences(db: ValueProbeDb): Promise<{ valid: StoredReference[]; damaged: DamagedRecord[] }> {
  const transaction = db.transaction('references');
  const [keys, values] = await Promise.all([
    transaction.store.getAllKeys(),
    transaction.store.getAll() as Promise<unknown[]>,
  ]);
  const entries = keys.map((key, index) => ({ key, value: values[index] }));
  return partitionStored(readStoredReference, entries, 'stored reference', REFERENCE_REMEDY);
}

/** All readable imported references, oldest first; see findDamagedReferences for the others. */
export async function listReferences(db: ValueProbeDb): Promise<StoredReference[]> {
  return (await readAllReferences(db)).valid.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** References this version cannot read, with the reason; deleteReference(db, key) removes one. */
export async function findDamagedReferences(db: ValueProbeDb): Promise<DamagedRecord[]> {
  return (await readAllReferences(db)).damaged;
}

export async function getReference(db: ValueProbeDb, id: string): Promise<StoredReference | undefined> {
  const value: unknown = await db.get('references', id);
  return value === undefined ? undefined : readStored(readStoredReference, value, 'stored reference', REFERENCE_REMEDY);
}

export async function deleteReference(db: ValueProbeDb, id: string): Promise<void> {
  await db.delete('references', id);
}
