let visited = false;

/**
 * On the first visit to Results in this page, a visitor without runs of their own sees the culture-aware example
 * instead of an empty list. Later visits (e.g. back to the list) show the list. A browser whose storage cannot be
 * read counts as having no runs.
 */
export async function openExampleOnFirstVisit(
  countOwnRuns: () => Promise<number>,
  openExample: () => void,
): Promise<void> {
  if (visited) return;
  visited = true;
  const count = await countOwnRuns().catch(() => 0);
  if (count === 0) openExample();
}

/** Tests only. */
export function resetFirstVisit(): void {
  visited = false;
}
