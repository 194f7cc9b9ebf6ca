/**
 * Jensen–Shannon distance in bits: the square root of JSD(p‖q) = ½ KL(p‖m) + ½ KL(q‖m), m = (p + q)/2.
 * In [0,1]: 0 for identical distributions, 1 for distributions with disjoint support.
 * Both arguments must be distributions over the same options (same length).
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  if (p.length !== q.length) {
    throw new Error(
      `jensenShannonDistance: p has ${p.length} options but q has ${q.length}; compare the same question`,
    );
  }
  return jensenShannonDistanceAt(p, q, 0);
}

/**
 * jensenShannonDistance of p and the p.length values of q from qStart on: q may be one row of a table of
 * distributions (the human side keeps a question's distributions for all countries in one block).
 */
export function jensenShannonDistanceAt(p: ArrayLike<number>, q: ArrayLike<number>, qStart: number): number {
  let divergence = 0;
  for (let k = 0; k < p.length; k++) {
    const pk = p[k] as number;
    const qk = q[qStart + k] as number;
    const mk = (pk + qk) / 2;
    // 0·log 0 = 0: an option only one side chose adds only that side's term.
    if (pk > 0) divergence += pk * Math.log(pk / mk);
    if (qk > 0) divergence += qk * Math.log(qk / mk);
  }
  // Natural logs in the loop are cheaper than log2; one division converts nats to bits.
  divergence /= Math.LN2;
  // Rounding can leave the divergence a hair outside [0,1]; the distance is defined on that interval.
  return Math.sqrt(Math.min(1, Math.max(0, divergence / 2)));
}

/** 1 − Jensen–Shannon distance: 1 for identical answers, 0 for answers with no option in common. */
export function jensenShannonSimilarity(p: ArrayLike<number>, q: ArrayLike<number>): number {
  return 1 - jensenShannonDistance(p, q);
}
