/** localStorage key remembering that the visitor closed the first-visit guide. */
export const GUIDE_DISMISSED_KEY = 'valueprobe.guide.dismissed';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Whether to show the first-visit guide. Storage that cannot be read (blocked cookies, some private windows) shows
 * it: being shown the guide again costs a click, missing it on a first visit costs the way in.
 */
export function guideWanted(storage: KeyValueStore | null): boolean {
  try {
    return storage?.getItem(GUIDE_DISMISSED_KEY) !== '1';
  } catch {
    return true;
  }
}

/** Remembers (or forgets) the dismissal; a storage that refuses keeps the guide closed for this page only. */
export function rememberGuide(storage: KeyValueStore | null, dismissed: boolean): void {
  try {
    if (dismissed) storage?.setItem(GUIDE_DISMISSED_KEY, '1');
    else storage?.removeItem(GUIDE_DISMISSED_KEY);
  } catch {
    // Nothing to do: the guide is closed in this page either way.
  }
}
