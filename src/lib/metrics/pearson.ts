/** Numbers a correlation can read: plain arrays or typed arrays. */
export type Numbers = ArrayLike<number> & Iterable<number>;

/**
 * Fewest points a correlation is reported for. With two points r is ±1 whatever the data (the line through two
 * points is always perfect), so it says nothing about agreement; three is the least that can disagree.
 */
export const MIN_POINTS = 3;

/** Relative spread below which a series counts as constant, so float noise in equal means gives null, not ±1. */
const CONSTANT_SPREAD = 1e-12;

/**
 * Pearson's r of paired samples, or null when it is undefined: fewer than MIN_POINTS pairs, or either series
 * constant. Never returns 0 for an undefined correlation. Throws on non-finite input or unequal lengths.
 */
export function pearson(x: Numbers, y: Numbers): number | null {
  if (x.length !== y.length) {
    throw new Error(`pearson: x has ${x.length} values but y has ${y.length}; pass paired samples`);
  }
  return pearsonOfFirst(x, y, x.length);
}

/**
 * pearson over the first n pairs of x and y, which may be longer: the metrics gather each question's pairs into
 * buffers reused across questions, and a view of the right length per call would be garbage.
 */
export function pearsonOfFirst(x: ArrayLike<number>, y: ArrayLike<number>, n: number): number | null {
  if (n > x.length || n > y.length) {
    throw new Error(`pearson: asked for ${n} pairs but x has ${x.length} values and y ${y.length}`);
  }
  if (n < MIN_POINTS) return null;
  // Indexed loops rather than d3.mean: this runs for every question and resample, and d3.mean's for…of
  // allocated an iterator result per element.
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += x[i] as number;
    sumY += y[i] as number;
  }
  // A NaN or infinite value makes its sum non-finite: one test per series instead of two per pair.
  if (!Number.isFinite(sumX) || !Number.isFinite(sumY)) checkFinite(x, y, n);
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    const dx = xi - meanX;
    const dy = yi - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
    if (xi < minX) minX = xi;
    if (xi > maxX) maxX = xi;
    if (yi < minY) minY = yi;
    if (yi > maxY) maxY = yi;
  }
  if (isConstant(minX, maxX) || isConstant(minY, maxY)) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.max(-1, Math.min(1, r));
}

/** Throws at the first pair with a NaN or infinite value; finite values whose sum overflowed pass. */
function checkFinite(x: ArrayLike<number>, y: ArrayLike<number>, n: number): void {
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    if (!Number.isFinite(xi) || !Number.isFinite(yi)) {
      throw new Error(`pearson: pair ${i} is (${xi}, ${yi}); every value must be a finite number`);
    }
  }
}

/** Whether the first n values span less than the constant-series tolerance pearson uses. */
export function isConstantSeries(values: ArrayLike<number>, n: number): boolean {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return isConstant(min, max);
}

/** Whether values from min to max span less than the constant-series tolerance pearson uses. */
export function isConstant(min: number, max: number): boolean {
  return max - min <= CONSTANT_SPREAD * Math.max(1, Math.abs(min), Math.abs(max));
}
