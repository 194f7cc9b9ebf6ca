/** One piece of a 100 % stacked bar: shares accumulate from 0 to 1 in series order. */
export interface StackSegment {
  index: number;
  share: number;
  start: number;
  end: number;
}

/** Cumulative [start, end) positions of the shares; they must be finite and non-negative (zero shares are dropped). */
export function stackSegments(shares: readonly number[]): StackSegment[] {
  const segments: StackSegment[] = [];
  let start = 0;
  shares.forEach((share, index) => {
    if (!Number.isFinite(share) || share < 0) {
      throw new Error(`Share ${index} is ${share}; stacked bars need finite shares ≥ 0 (check the distribution).`);
    }
    if (share === 0) return;
    segments.push({ index, share, start, end: start + share });
    start += share;
  });
  return segments;
}
