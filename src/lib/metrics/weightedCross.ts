import type { Cells } from './compareItems';
import { isConstantSeries, MIN_POINTS } from './pearson';

/**
 * A resample's draws as counts: out[i] = how often index i was drawn. A statistic over a cross then visits each
 * question and country once, weighted by its count, instead of once per draw: the same sums (with all counts 1
 * the very same arithmetic, in the same order, as over the full sample), with fewer visits and no copies.
 */
export function drawCounts(draws: readonly number[], out: Float64Array): Float64Array {
  out.fill(0);
  for (const index of draws) out[index] = (out[index] as number) + 1;
  return out;
}

/**
 * The defined pairs of two packed columns that a resample drew, each with its weight (how often it was drawn),
 * in visiting order in the first `length` slots of three buffers, and the weighted sums a mean or an r starts
 * from. Every statistic over a cross gathers through appendWeightedPairs, so which cells count and how they are
 * summed is written once. The buffers are reused from one gather to the next: read the pairs before gathering
 * again.
 */
export interface WeightedPairs {
  weights: Float64Array;
  model: Float64Array;
  human: Float64Array;
  length: number;
  /** The weights' sum: how many pairs the draws hold, repeats counted. */
  total: number;
  modelSum: number;
  humanSum: number;
}

/** Empty weighted pairs with room for `capacity`. */
export function weightedPairs(capacity: number): WeightedPairs {
  const buffer = () => new Float64Array(capacity);
  return { weights: buffer(), model: buffer(), human: buffer(), length: 0, total: 0, modelSum: 0, humanSum: 0 };
}

/** Empties the pairs for the next gather (the buffers are kept). */
export function clearPairs(pairs: WeightedPairs): WeightedPairs {
  pairs.length = 0;
  pairs.total = 0;
  pairs.modelSum = 0;
  pairs.humanSum = 0;
  return pairs;
}

/**
 * Appends cells start, start + stride, … (count of them) of two packed columns to the pairs, cell k weighted
 * scale · weights[k] (a question's draws times a country's); cells weighted 0 and cells where either side is NaN
 * are left out.
 */
export function appendWeightedPairs(
  pairs: WeightedPairs,
  model: Float64Array,
  human: Float64Array,
  { start, stride, count }: Cells,
  weights: Float64Array,
  scale: number,
): WeightedPairs {
  let { length, total, modelSum, humanSum } = pairs;
  for (let k = 0, cell = start; k < count; k++, cell += stride) {
    const w = scale * (weights[k] as number);
    if (w === 0) continue;
    const m = model[cell] as number;
    const h = human[cell] as number;
    if (Number.isNaN(m) || Number.isNaN(h)) continue;
    pairs.weights[length] = w;
    pairs.model[length] = m;
    pairs.human[length] = h;
    length += 1;
    total += w;
    modelSum += w * m;
    humanSum += w * h;
  }
  pairs.length = length;
  pairs.total = total;
  pairs.modelSum = modelSum;
  pairs.humanSum = humanSum;
  return pairs;
}

/** Weighted mean of the pairs' model side; null without pairs. */
export function weightedMeanOfPairs({ total, modelSum }: WeightedPairs): number | null {
  return total === 0 ? null : modelSum / total;
}

/**
 * Pearson r of the weighted pairs. null with fewer than MIN_POINTS pairs (repeats counted) or people's values
 * constant; when only the model's are constant, 0 with `signal` (the same-answer rule of signalPearsonOfFirst),
 * else null (pearsonOfFirst). With every weight 1 the arithmetic is pearsonOfFirst's, in the same order.
 */
export function weightedPearsonOfPairs(
  { weights, model, human, length, total, modelSum, humanSum }: WeightedPairs,
  signal: boolean,
): number | null {
  if (total < MIN_POINTS || isConstantSeries(human, length)) return null;
  if (isConstantSeries(model, length)) return signal ? 0 : null;
  const meanM = modelSum / total;
  const meanH = humanSum / total;
  let smh = 0;
  let smm = 0;
  let shh = 0;
  for (let i = 0; i < length; i++) {
    const w = weights[i] as number;
    const dm = (model[i] as number) - meanM;
    const dh = (human[i] as number) - meanH;
    smh += w * (dm * dh);
    smm += w * (dm * dm);
    shh += w * (dh * dh);
  }
  return Math.max(-1, Math.min(1, smh / Math.sqrt(smm * shh)));
}

/**
 * weightedPearsonOfPairs of the given cells of two packed columns, cell k counted weights[k] times, gathered
 * into `pairs` (room for `count` pairs at least).
 */
export function weightedPearson(
  pairs: WeightedPairs,
  model: Float64Array,
  human: Float64Array,
  cells: Cells,
  weights: Float64Array,
  signal: boolean,
): number | null {
  return weightedPearsonOfPairs(appendWeightedPairs(clearPairs(pairs), model, human, cells, weights, 1), signal);
}

/**
 * Rows `rows` of one of a run's question-major columns, restricted to `columns` and packed (rows.length ×
 * columns.length cells, row-major), so a statistic reads a question's or a country's cells with a stride.
 */
export function packCross(
  values: Float64Array,
  countryCount: number,
  rows: readonly number[],
  columns: Int32Array,
): Float64Array {
  const width = columns.length;
  const packed = new Float64Array(rows.length * width);
  for (let q = 0; q < rows.length; q++) {
    const rowStart = (rows[q] as number) * countryCount;
    for (let c = 0; c < width; c++) packed[q * width + c] = values[rowStart + (columns[c] as number)] as number;
  }
  return packed;
}
