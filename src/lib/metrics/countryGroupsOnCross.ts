import type { BlockArena } from './blockArena';
import { centreRowsInPlace } from './centredMeans';
import type { RunCross } from './crossStatistics';
import { pearsonOfFirst } from './pearson';
import { pairBuffers } from './pearsonEstimate';
import { signalPearsonOfFirst } from './signalPearson';

/**
 * Mean per-country r of each group of countries over the chosen questions, on the chosen countries: the paper's
 * r on normalised means, or (centred) the country-specific r with each question re-centred over all the chosen
 * countries, so a group's figure depends on the other countries as it does on the full sample.
 * `groupOf[i]` is the group (0 … groupCount − 1, or −1 for none) of cross.columns[i]. The returned means are
 * NaN for a group without a defined r in that cross; the array is reused between calls.
 */
export function countryGroupsOnCross(
  { run, columns }: RunCross,
  groupOf: readonly number[],
  groupCount: number,
  centred: boolean,
  arena: BlockArena,
): (questions: readonly number[], countries: readonly number[]) => Float64Array {
  const width = columns.length;
  const matrix = { model: arena.take(run.questions.length * width), human: arena.take(run.questions.length * width) };
  const pairs = pairBuffers(arena, run.questions.length);
  const correlation = centred ? signalPearsonOfFirst : pearsonOfFirst;
  const sums = new Float64Array(groupCount);
  const counts = new Float64Array(groupCount);
  const means = new Float64Array(groupCount);
  return (questions, countries) => {
    const rows = questions.length;
    for (let q = 0; q < rows; q++) {
      const rowStart = (questions[q] as number) * run.countryCount;
      for (let c = 0; c < width; c++) {
        const cell = rowStart + (columns[countries[c] as number] as number);
        const m = run.modelNormalised[cell] as number;
        const h = run.humanNormalised[cell] as number;
        const paired = !Number.isNaN(m) && !Number.isNaN(h);
        matrix.model[q * width + c] = paired ? m : NaN;
        matrix.human[q * width + c] = paired ? h : NaN;
      }
    }
    if (centred) centreRowsInPlace(matrix, rows, width);
    sums.fill(0);
    counts.fill(0);
    for (let c = 0; c < width; c++) {
      const group = groupOf[countries[c] as number] as number;
      if (group < 0) continue;
      let n = 0;
      for (let q = 0; q < rows; q++) {
        const m = matrix.model[q * width + c] as number;
        if (Number.isNaN(m)) continue;
        pairs.model[n] = m;
        pairs.human[n] = matrix.human[q * width + c] as number;
        n += 1;
      }
      const r = correlation(pairs.model, pairs.human, n);
      if (r === null) continue;
      sums[group] = (sums[group] as number) + r;
      counts[group] = (counts[group] as number) + 1;
    }
    for (let group = 0; group < groupCount; group++) {
      means[group] = counts[group] === 0 ? NaN : (sums[group] as number) / (counts[group] as number);
    }
    return means;
  };
}

/** Western minus non-Western mean per-country r on the cross; null if either group has no defined r. */
export function westernGapOnCross(
  cross: RunCross,
  western: readonly boolean[],
  centred: boolean,
  arena: BlockArena,
): (questions: readonly number[], countries: readonly number[]) => number | null {
  const groups = countryGroupsOnCross(
    cross,
    western.map((flag) => (flag ? 0 : 1)),
    2,
    centred,
    arena,
  );
  return (questions, countries) => {
    const [westernMean, nonWesternMean] = groups(questions, countries) as unknown as [number, number];
    const gap = westernMean - nonWesternMean;
    return Number.isNaN(gap) ? null : gap;
  };
}

/** Mean per-country r of the member countries on the cross; null when no chosen member has a defined r. */
export function groupMeanOnCross(
  cross: RunCross,
  member: readonly boolean[],
  centred: boolean,
  arena: BlockArena,
): (questions: readonly number[], countries: readonly number[]) => number | null {
  const groups = countryGroupsOnCross(
    cross,
    member.map((flag) => (flag ? 0 : -1)),
    1,
    centred,
    arena,
  );
  return (questions, countries) => {
    const value = groups(questions, countries)[0] as number;
    return Number.isNaN(value) ? null : value;
  };
}
