import type { QuestionScale } from './questionScale';

/**
 * 1 − W1/(K − 1) between two distributions over a question's options, where W1 is the earth mover's distance over
 * the ordinal positions 0 … K−1 of the K on-scale options (positions, not scale values, so every step of the scale
 * costs the same). Off-scale options are left out and each side is renormalised over its on-scale mass, as for
 * the means. In [0,1]; null when either side puts no mass on the scale. Nominal questions have no QuestionScale,
 * so W1 is never computed for them.
 */
export function wassersteinSimilarity(scale: QuestionScale, p: ArrayLike<number>, q: ArrayLike<number>): number | null {
  const massP = onScaleMass(scale, p);
  const massQ = onScaleMass(scale, q);
  if (massP <= 0 || massQ <= 0) return null;
  const last = scale.optionIndices.length - 1;
  // On a unit-spaced line W1 = Σ over the K − 1 gaps of |F_p − F_q|, F the cumulative distributions.
  let cumulativeP = 0;
  let cumulativeQ = 0;
  let distance = 0;
  for (let position = 0; position < last; position++) {
    const optionIndex = scale.optionIndices[position] as number;
    cumulativeP += (p[optionIndex] ?? 0) / massP;
    cumulativeQ += (q[optionIndex] ?? 0) / massQ;
    distance += Math.abs(cumulativeP - cumulativeQ);
  }
  return 1 - Math.min(1, distance / last);
}

function onScaleMass(scale: QuestionScale, distribution: ArrayLike<number>): number {
  let mass = 0;
  for (let position = 0; position < scale.optionIndices.length; position++) {
    mass += distribution[scale.optionIndices[position] as number] ?? 0;
  }
  return mass;
}
