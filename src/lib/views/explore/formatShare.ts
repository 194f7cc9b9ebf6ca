import { format } from 'd3';

const percent = format('.1%');

/** A share of answers as shown everywhere in Explore: one decimal, e.g. 0.945528 → "94.6%". */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) throw new Error(`Share is ${share}; expected a number between 0 and 1.`);
  return percent(share);
}
