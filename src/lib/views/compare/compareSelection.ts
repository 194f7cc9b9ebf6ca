/** The runs last chosen in Compare, kept in this browser so a reload or a later visit compares them again. */
const STORAGE_KEY = 'valueprobe.compare.runs';

/** `selected` with `runId` added at the end (on) or removed (off); never twice. */
export function toggleRun(selected: readonly string[], runId: string, on: boolean): string[] {
  const others = selected.filter((id) => id !== runId);
  return on ? [...others, runId] : others;
}

export function rememberSelection(storage: Pick<Storage, 'setItem'>, runIds: readonly string[]): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(runIds));
  } catch {
    // Storage may be full or switched off; the choice then lasts as long as the page's address.
  }
}

/** The remembered runs that still exist (`available`), in the order chosen; [] when nothing usable is stored. */
export function rememberedSelection(storage: Pick<Storage, 'getItem'>, available: ReadonlySet<string>): string[] {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  return stored.filter((id): id is string => typeof id === 'string' && available.has(id));
}
