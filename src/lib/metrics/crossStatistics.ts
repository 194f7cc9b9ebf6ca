import { PairKind, type ComparedRun } from './compareItems';
import { isConstant, MIN_POINTS } from './pearson';
import { drawCounts, packCross, weightedPearson } from './weightedCross';

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
): (questions: readonly number[], countries: readonly number[]) => number | null {
  const width = columns.length;
  const model = packCross(run.modelMean, run.countryCount, rows, columns);
  const human = packCross(run.humanMean, run.countryCount, rows, columns);
  const questionCounts = new Float64Array(rows.length);
  const countryCounts = new Float64Array(width);
  return (questions, countries) => {
    drawCounts(questions, questionCounts);
    drawCounts(countries, countryCounts);
    let total = 0;
    let defined = 0;
    for (let question = 0; question < rows.length; question++) {
      const count = questionCounts[question] as number;
      if (count === 0) continue;
      const cells = { start: question * width, stride: 1, count: width };
      const r = weightedPearson(model, human, cells, countryCounts, true);
      if (r === null) continue;
      total += count * r;
      defined += count;
    }
    return defined === 0 ? null : total / defined;
  };
}

/**
 * Pearson r pooled over every (question, country) pair of the cross on normalised means: the chosen questions
 * (indices into `rows`) against the chosen countries, each pair counted as often as its question and country were
 * drawn together.
 */
export function pooledPearsonOnCross(
  { run, columns }: RunCross,
  rows: readonly number[],
): (questions: readonly number[], countries: readonly number[]) => number | null {
  const questionCounts = new Float64Array(rows.length);
  const countryCounts = new Float64Array(columns.length);
  const model = run.modelNormalised;
  const human = run.humanNormalised;
  return (questions, countries) => {
    drawCounts(questions, questionCounts);
    drawCounts(countries, countryCounts);
    let n = 0;
    let sumM = 0;
    let sumH = 0;
    let minM = Infinity;
    let maxM = -Infinity;
    let minH = Infinity;
    let maxH = -Infinity;
    for (let q = 0; q < rows.length; q++) {
      const v = questionCounts[q] as number;
      if (v === 0) continue;
      const rowStart = (rows[q] as number) * run.countryCount;
      for (let c = 0; c < columns.length; c++) {
        const w = v * (countryCounts[c] as number);
        if (w === 0) continue;
        const m = model[rowStart + (columns[c] as number)] as number;
        const h = human[rowStart + (columns[c] as number)] as number;
        if (Number.isNaN(m) || Number.isNaN(h)) continue;
        n += w;
        sumM += w * m;
        sumH += w * h;
        if (m < minM) minM = m;
        if (m > maxM) maxM = m;
        if (h < minH) minH = h;
        if (h > maxH) maxH = h;
      }
    }
    if (n < MIN_POINTS || isConstant(minM, maxM) || isConstant(minH, maxH)) return null;
    const meanM = sumM / n;
    const meanH = sumH / n;
    let smh = 0;
    let smm = 0;
    let shh = 0;
    for (let q = 0; q < rows.length; q++) {
      const v = questionCounts[q] as number;
      if (v === 0) continue;
      const rowStart = (rows[q] as number) * run.countryCount;
      for (let c = 0; c < columns.length; c++) {
        const w = v * (countryCounts[c] as number);
        if (w === 0) continue;
        const m = model[rowStart + (columns[c] as number)] as number;
        const h = human[rowStart + (columns[c] as number)] as number;
        if (Number.isNaN(m) || Number.isNaN(h)) continue;
        const dm = m - meanM;
        const dh = h - meanH;
        smh += w * (dm * dh);
        smm += w * (dm * dm);
        shh += w * (dh * dh);
      }
    }
    return Math.max(-1, Math.min(1, smh / Math.sqrt(smm * shh)));
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
): (questions: readonly number[], countries: readonly number[]) => number | null {
  const questionCounts = new Float64Array(rows.length);
  const countryCounts = new Float64Array(columns.length);
  return (questions, countries) => {
    drawCounts(questions, questionCounts);
    drawCounts(countries, countryCounts);
    let total = 0;
    let defined = 0;
    for (let q = 0; q < rows.length; q++) {
      const v = questionCounts[q] as number;
      if (v === 0) continue;
      const rowStart = (rows[q] as number) * run.countryCount;
      let rowTotal = 0;
      let rowDefined = 0;
      for (let c = 0; c < columns.length; c++) {
        const w = countryCounts[c] as number;
        if (w === 0) continue;
        const value = values[rowStart + (columns[c] as number)] as number;
        if (Number.isNaN(value)) continue;
        rowTotal += w * value;
        rowDefined += w;
      }
      if (rowDefined === 0) continue;
      total += v * (rowTotal / rowDefined);
      defined += v;
    }
    return defined === 0 ? null : total / defined;
  };
}
