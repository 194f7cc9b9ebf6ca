import type { Cells } from './compareItems';
import { isConstant, MIN_POINTS } from './pearson';

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
 * Pearson r over cells start, start + stride, … (count of them) of two columns, cell k counted weights[k] times;
 * cells where either side is NaN are skipped. null with fewer than MIN_POINTS counted pairs or people's values
 * constant; when only the model's are constant, 0 with `signal` (the same-answer rule of signalPearsonOfFirst),
 * else null (pearsonOfFirst). With every weight 1 the arithmetic is pearsonOfFirst's, in the same order.
 */
export function weightedPearson(
  model: Float64Array,
  human: Float64Array,
  { start, stride, count }: Cells,
  weights: Float64Array,
  signal: boolean,
): number | null {
  let n = 0;
  let sumM = 0;
  let sumH = 0;
  let minM = Infinity;
  let maxM = -Infinity;
  let minH = Infinity;
  let maxH = -Infinity;
  for (let k = 0, cell = start; k < count; k++, cell += stride) {
    const w = weights[k] as number;
    if (w === 0) continue;
    const m = model[cell] as number;
    const h = human[cell] as number;
    if (Number.isNaN(m) || Number.isNaN(h)) continue;
    n += w;
    sumM += w * m;
    sumH += w * h;
    if (m < minM) minM = m;
    if (m > maxM) maxM = m;
    if (h < minH) minH = h;
    if (h > maxH) maxH = h;
  }
  if (n < MIN_POINTS || isConstant(minH, maxH)) return null;
  if (isConstant(minM, maxM)) return signal ? 0 : null;
  const meanM = sumM / n;
  const meanH = sumH / n;
  let smh = 0;
  let smm = 0;
  let shh = 0;
  for (let k = 0, cell = start; k < count; k++, cell += stride) {
    const w = weights[k] as number;
    if (w === 0) continue;
    const m = model[cell] as number;
    const h = human[cell] as number;
    if (Number.isNaN(m) || Number.isNaN(h)) continue;
    const dm = m - meanM;
    const dh = h - meanH;
    smh += w * (dm * dh);
    smm += w * (dm * dm);
    shh += w * (dh * dh);
  }
  return Math.max(-1, Math.min(1, smh / Math.sqrt(smm * shh)));
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
