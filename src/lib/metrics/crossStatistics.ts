import type { BlockArena } from './blockArena';
import type { ComparedRun } from './compareItems';
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
      if (!Number.isNaN(run.jsdSimilarity[row * run.countryCount + column] as number)) {
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
 * Pearson r pooled over every (question, country) pair of the cross on normalised means: the chosen questions
 * (indices into `rows`) against the chosen countries, repeats included as often as they were drawn.
 */
export function pooledPearsonOnCross(
  { run, columns }: RunCross,
  rows: readonly number[],
  arena: BlockArena,
): (questions: readonly number[], countries: readonly number[]) => number | null {
  const pairs = pairBuffers(arena, rows.length * columns.length);
  return (questions, countries) => {
    let n = 0;
    for (const question of questions) {
      const rowStart = (rows[question] as number) * run.countryCount;
      for (const country of countries) {
        const cell = rowStart + (columns[country] as number);
        const m = run.modelNormalised[cell] as number;
        const h = run.humanNormalised[cell] as number;
        if (Number.isNaN(m) || Number.isNaN(h)) continue;
        pairs.model[n] = m;
        pairs.human[n] = h;
        n += 1;
      }
    }
    return pearsonOfFirst(pairs.model, pairs.human, n);
  };
}

/**
 * Mean over the chosen questions (indices into `rows`, the run's rows taking part) of each question's mean of
 * `values` (a similarity column of the run) over the chosen countries; NaN cells are skipped, and so is a
 * question without a number in the cross. Null if none.
 */
export function meanOfQuestionMeansOnCross(
  { run, columns }: RunCross,
  values: Float64Array,
  rows: readonly number[],
): (questions: readonly number[], countries: readonly number[]) => number | null {
  return (questions, countries) => {
    let total = 0;
    let defined = 0;
    for (const question of questions) {
      const rowStart = (rows[question] as number) * run.countryCount;
      let rowTotal = 0;
      let rowDefined = 0;
      for (const country of countries) {
        const value = values[rowStart + (columns[country] as number)] as number;
        if (Number.isNaN(value)) continue;
        rowTotal += value;
        rowDefined += 1;
      }
      if (rowDefined === 0) continue;
      total += rowTotal / rowDefined;
      defined += 1;
    }
    return defined === 0 ? null : total / defined;
  };
}
