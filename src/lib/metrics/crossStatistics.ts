import type { BlockArena } from './blockArena';
import { centreRowsInPlace } from './centredMeans';
import { PairKind, type ComparedRun } from './compareItems';
import { pearsonOfFirst } from './pearson';
import { pairBuffers } from './pearsonEstimate';
import { signalPearsonOfFirst } from './signalPearson';

/**
 * The sample a two-way bootstrap draws from: rows of a run (questions) and the run's country columns that hold
 * at least one compared pair. A statistic receives indices into `rows` and `columns`.
 */
export interface RunCross {
  run: ComparedRun;
  columns: Int32Array;
}

/** The run's columns with at least one compared pair, in column order. */
export function comparedColumns(run: ComparedRun): Int32Array {
  const columns: number[] = [];
  for (let column = 0; column < run.countryCount; column++) {
    for (let row = 0; row < run.questions.length; row++) {
      if (run.pairKind[row * run.countryCount + column] !== PairKind.none) {
        columns.push(column);
        break;
      }
    }
  }
  return Int32Array.from(columns);
}

/**
 * Mean over the chosen questions of each question's r across the chosen countries (same-answer rule: see
 * signalPearsonOfFirst); undefined r are left out, null if none is defined.
 */
export function meanQuestionPearsonOnCross(
  { run, columns }: RunCross,
  rows: readonly number[],
  arena: BlockArena,
): (questions: readonly number[], countries: readonly number[]) => number | null {
  const pairs = pairBuffers(arena, columns.length);
  return (questions, countries) => {
    let total = 0;
    let defined = 0;
    for (const question of questions) {
      const rowStart = (rows[question] as number) * run.countryCount;
      let n = 0;
      for (const country of countries) {
        const cell = rowStart + (columns[country] as number);
        const m = run.modelMean[cell] as number;
        const h = run.humanMean[cell] as number;
        if (Number.isNaN(m) || Number.isNaN(h)) continue;
        pairs.model[n] = m;
        pairs.human[n] = h;
        n += 1;
      }
      const r = signalPearsonOfFirst(pairs.model, pairs.human, n);
      if (r === null) continue;
      total += r;
      defined += 1;
    }
    return defined === 0 ? null : total / defined;
  };
}

/**
 * Western minus non-Western mean of a per-country r over the chosen questions, on the chosen countries: the
 * paper's r on normalised means, or (centred) the country-specific r with each question re-centred over the
 * chosen countries. `western[i]` is the flag of columns[i]; null if either group has no defined r.
 */
export function westernGapOnCross(
  { run, columns }: RunCross,
  western: readonly boolean[],
  centred: boolean,
  arena: BlockArena,
): (questions: readonly number[], countries: readonly number[]) => number | null {
  const width = columns.length;
  const matrix = { model: arena.take(run.questions.length * width), human: arena.take(run.questions.length * width) };
  const pairs = pairBuffers(arena, run.questions.length);
  const correlation = centred ? signalPearsonOfFirst : pearsonOfFirst;
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
    const sums = [0, 0];
    const counts = [0, 0];
    for (let c = 0; c < width; c++) {
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
      const group = western[countries[c] as number] ? 0 : 1;
      sums[group] = (sums[group] as number) + r;
      counts[group] = (counts[group] as number) + 1;
    }
    if (counts[0] === 0 || counts[1] === 0) return null;
    return (sums[0] as number) / (counts[0] as number) - (sums[1] as number) / (counts[1] as number);
  };
}
