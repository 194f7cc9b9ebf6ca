/**
 * |r| is clamped to this before atanh: atanh(±1) is infinite, so one perfect question would otherwise decide
 * the mean alone. atanh(0.999) ≈ 3.80.
 */
export const FISHER_CLAMP = 0.999;

/**
 * Fisher-z mean of correlations: tanh of the mean of atanh(r), with r clamped to ±FISHER_CLAMP; null values are
 * left out, null if none is left. Reported beside the plain mean (the paper's headline), which it exceeds in
 * size when the rs differ, as z stretches values near ±1.
 */
export function fisherMean(values: readonly (number | null)[]): number | null {
  let total = 0;
  let defined = 0;
  for (const value of values) {
    if (value === null) continue;
    total += Math.atanh(Math.max(-FISHER_CLAMP, Math.min(FISHER_CLAMP, value)));
    defined += 1;
  }
  return defined === 0 ? null : Math.tanh(total / defined);
}
