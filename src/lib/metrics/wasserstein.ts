import type { QuestionScale } from './questionScale';
import { onScaleMass } from './scaleMean';

/**
 * 1 − W1/(K − 1) between two distributions over a question's options, where W1 is the earth mover's distance over
 * the ordinal positions 0 … K−1 of the K on-scale options (positions, not scale values, so every step of the scale
 * costs the same). Off-scale options are left out and each side is renormalised over its on-scale mass, as for
 * the means. In [0,1]; null when either side puts no mass on the scale. Nominal questions have no QuestionScale,
 * so W1 is never computed for them. Throws when a distribution has fewer entries than the question has options.
 */
export function wassersteinSimilarity(scale: QuestionScale, p: ArrayLike<number>, q: ArrayLike<number>): number | null {
  const cumulativeQ = new Float64Array(scale.optionIndices.length - 1);
  return writeScaleCumulative(scale, q, cumulativeQ, 0) ? wassersteinSimilarityTo(scale, p, cumulativeQ, 0) : null;
}

/**
 * Writes the renormalised cumulative on-scale distribution at the first K − 1 positions (the last is always 1)
 * into cells start … start + K − 2; false, writing nothing, without on-scale mass. The human side writes one row
 * per country once and reuses it for every run compared with the reference. `mass` is the distribution's
 * onScaleMass, passed by a caller that has it (computing it also checks that the distribution fits the scale,
 * so the reads below need no fallback).
 */
export function writeScaleCumulative(
  scale: QuestionScale,
  distribution: ArrayLike<number>,
  cells: Float64Array,
  start: number,
  mass = onScaleMass(scale, distribution),
): boolean {
  if (mass <= 0) return false;
  let running = 0;
  for (let position = 0; position < scale.optionIndices.length - 1; position++) {
    running += (distribution[scale.optionIndices[position] as number] as number) / mass;
    cells[start + position] = running;
  }
  return true;
}

/**
 * wassersteinSimilarity against a side given by its cumulative distribution (writeScaleCumulative) at
 * cumulativeQ[start …]; the same arithmetic in the same order. `massP` is p's onScaleMass, passed by a caller
 * that has it already (computing it also checks that p fits the scale, so the reads below need no fallback).
 */
export function wassersteinSimilarityTo(
  scale: QuestionScale,
  p: ArrayLike<number>,
  cumulativeQ: ArrayLike<number>,
  start: number,
  massP = onScaleMass(scale, p),
): number | null {
  if (massP <= 0) return null;
  const last = scale.optionIndices.length - 1;
  // On a unit-spaced line W1 = Σ over the K − 1 gaps of |F_p − F_q|, F the cumulative distributions.
  let cumulativeP = 0;
  let distance = 0;
  for (let position = 0; position < last; position++) {
    cumulativeP += (p[scale.optionIndices[position] as number] as number) / massP;
    distance += Math.abs(cumulativeP - (cumulativeQ[start + position] as number));
  }
  return 1 - Math.min(1, distance / last);
}
