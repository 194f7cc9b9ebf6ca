import { PairKind, type ComparedRun } from './compareItems';
import {
  appendWeightedPairs,
  clearPairs,
  drawCounts,
  packCross,
  weightedPairs,
  weightedMeanOfPairs,
  weightedPearsonOfPairs,
} from './weightedCross';

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

/** A statistic of a cross: from the drawn questions and countries (indices into its rows and columns) to a figure. */
export type CrossStatistic = (questions: readonly number[], countries: readonly number[]) => number | null;

/** What meanOverQuestions averages: each question's r (same-answer rule) or its mean of one column. */
type QuestionFigure = 'pearson' | 'mean';

/**
 * Mean over the drawn questions of each question's figure across the drawn countries of two packed columns
 * (rowCount × width cells), each question counted as often as drawn; questions without a figure are left out,
 * null if none has one. The figure is named, not passed as a function: every use then runs the same calls, which
 * the JIT inlines (with a function argument the call was indirect and the statistic 40% slower).
 */
function meanOverQuestions(
  model: Float64Array,
  human: Float64Array,
  rowCount: number,
  width: number,
  figure: QuestionFigure,
): CrossStatistic {
  const pairs = weightedPairs(width);
  const questionCounts = new Float64Array(rowCount);
  const countryCounts = new Float64Array(width);
  return (questions, countries) => {
    drawCounts(questions, questionCounts);
    drawCounts(countries, countryCounts);
    let total = 0;
    let defined = 0;
    for (let question = 0; question < rowCount; question++) {
      const count = questionCounts[question] as number;
      if (count === 0) continue;
      const cells = { start: question * width, stride: 1, count: width };
      appendWeightedPairs(clearPairs(pairs), model, human, cells, countryCounts, 1);
      const value = figure === 'pearson' ? weightedPearsonOfPairs(pairs, true) : weightedMeanOfPairs(pairs);
      if (value === null) continue;
      total += count * value;
      defined += count;
    }
    return defined === 0 ? null : total / defined;
  };
}

/**
 * Mean over the chosen questions of each question's r across the chosen countries (same-answer rule: see
 * signalPearsonOfFirst); undefined r are left out, null if none is defined.
 */
export function meanQuestionPearsonOnCross({ run, columns }: RunCross, rows: readonly number[]): CrossStatistic {
  const model = packCross(run.modelMean, run.countryCount, rows, columns);
  const human = packCross(run.humanMean, run.countryCount, rows, columns);
  return meanOverQuestions(model, human, rows.length, columns.length, 'pearson');
}

/**
 * Pearson r pooled over every (question, country) pair of the cross on normalised means: the chosen questions
 * (indices into `rows`) against the chosen countries, each pair counted as often as its question and country were
 * drawn together.
 */
export function pooledPearsonOnCross({ run, columns }: RunCross, rows: readonly number[]): CrossStatistic {
  const width = columns.length;
  const model = packCross(run.modelNormalised, run.countryCount, rows, columns);
  const human = packCross(run.humanNormalised, run.countryCount, rows, columns);
  const pairs = weightedPairs(model.length);
  const questionCounts = new Float64Array(rows.length);
  const countryCounts = new Float64Array(width);
  return (questions, countries) => {
    drawCounts(questions, questionCounts);
    drawCounts(countries, countryCounts);
    clearPairs(pairs);
    for (let question = 0; question < rows.length; question++) {
      const count = questionCounts[question] as number;
      const cells = { start: question * width, stride: 1, count: width };
      if (count !== 0) appendWeightedPairs(pairs, model, human, cells, countryCounts, count);
    }
    return weightedPearsonOfPairs(pairs, false);
  };
}

/**
 * Mean over the chosen questions (indices into `rows`, the run's rows taking part) of each question's mean of
 * `values` (a similarity column of the run) over the chosen countries, each counted as often as drawn; NaN cells
 * are skipped, and so is a question without a number in the cross. Null if none.
 */
export function meanOfQuestionMeansOnCross(
  { run, columns }: RunCross,
  values: Float64Array,
  rows: readonly number[],
): CrossStatistic {
  const packed = packCross(values, run.countryCount, rows, columns);
  // One column on both sides: a question's pairs are its defined cells.
  return meanOverQuestions(packed, packed, rows.length, columns.length, 'mean');
}
