/** Lower case, ASCII quotes, letters and digits only, single spaces: "Don’t know!" → "don t know". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Sørensen–Dice coefficient of the two texts' word multisets after normalisation, in [0, 1].
 * Word-level, so shared question stems ("How important is … in your life") count and the one differing word decides.
 */
export function textSimilarity(a: string, b: string): number {
  const wordsA = normaliseText(a).split(' ').filter(Boolean);
  const wordsB = normaliseText(b).split(' ').filter(Boolean);
  if (wordsA.length === 0 || wordsB.length === 0) return wordsA.length === wordsB.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const word of wordsA) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of wordsB) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (wordsA.length + wordsB.length);
}
