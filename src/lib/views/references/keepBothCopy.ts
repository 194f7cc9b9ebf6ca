import type { StoredReference } from '../../store/index.ts';

/**
 * The reference to store when a person keeps both it and a stored one with the same id (a second file of the same
 * name): the first free "(2)", "(3)", … added to both id and label, so neither the stored reference nor its name
 * is taken over.
 */
export function keepBothCopy(reference: StoredReference, stored: readonly StoredReference[]): StoredReference {
  const ids = new Set(stored.map((entry) => entry.id));
  const labels = new Set(stored.map((entry) => entry.label));
  for (let copy = 2; ; copy += 1) {
    const id = `${reference.id} (${copy})`;
    const label = `${reference.label} (${copy})`;
    if (!ids.has(id) && !labels.has(label)) return { ...reference, id, label };
  }
}
