import type { CrossStatistic, RunCross } from './crossStatistics';
import { drawCounts, packCross, weightedPairs, weightedPearson } from './weightedCross';

/**
 * Mean per-country r of each group of countries over the chosen questions, on the chosen countries: the paper's
 * r on normalised means, or (centred) the country-specific r with each question re-centred over all the chosen
 * countries (each counted as often as drawn), so a group's figure depends on the other countries as it does on
 * the full sample. `groupOf[i]` is the group (0 … groupCount − 1, or −1 for none) of cross.columns[i]. The
 * returned means are NaN for a group without a defined r in that cross; the array is reused between calls.
 */
export function countryGroupsOnCross(
  { run, columns }: RunCross,
  groupOf: readonly number[],
  groupCount: number,
  centred: boolean,
): (questions: readonly number[], countries: readonly number[]) => Float64Array {
  const width = columns.length;
  const rows = run.questions.map((_, row) => row);
  const model = packCross(run.modelNormalised, run.countryCount, rows, columns);
  const human = packCross(run.humanNormalised, run.countryCount, rows, columns);
  // Only pairs with both sides count, on both sides (as centredMeans pairs them).
  for (let cell = 0; cell < model.length; cell++) {
    if (Number.isNaN(model[cell] as number) || Number.isNaN(human[cell] as number)) {
      model[cell] = NaN;
      human[cell] = NaN;
    }
  }
  const centredModel = new Float64Array(model.length);
  const centredHuman = new Float64Array(model.length);
  const questionCounts = new Float64Array(rows.length);
  const countryCounts = new Float64Array(width);
  const sums = new Float64Array(groupCount);
  const counts = new Float64Array(groupCount);
  const means = new Float64Array(groupCount);
  const pairs = weightedPairs(rows.length);
  return (questions, countries) => {
    drawCounts(questions, questionCounts);
    drawCounts(countries, countryCounts);
    if (centred) centreRows(model, human, centredModel, centredHuman, questionCounts, countryCounts);
    const [m, h] = centred ? [centredModel, centredHuman] : [model, human];
    sums.fill(0);
    counts.fill(0);
    for (let c = 0; c < width; c++) {
      const w = countryCounts[c] as number;
      const group = groupOf[c] as number;
      if (w === 0 || group < 0) continue;
      const cells = { start: c, stride: width, count: rows.length };
      const r = weightedPearson(pairs, m, h, cells, questionCounts, centred);
      if (r === null) continue;
      sums[group] = (sums[group] as number) + w * r;
      counts[group] = (counts[group] as number) + w;
    }
    for (let group = 0; group < groupCount; group++) {
      means[group] = counts[group] === 0 ? NaN : (sums[group] as number) / (counts[group] as number);
    }
    return means;
  };
}

/**
 * Writes each drawn row of the packed pair, less its mean over the drawn countries (counted as drawn), model and
 * people apart, into the centred pair; cells of countries not drawn are left as they were and never read.
 */
function centreRows(
  model: Float64Array,
  human: Float64Array,
  centredModel: Float64Array,
  centredHuman: Float64Array,
  questionCounts: Float64Array,
  countryCounts: Float64Array,
): void {
  const width = countryCounts.length;
  for (let q = 0; q < questionCounts.length; q++) {
    if (questionCounts[q] === 0) continue;
    const start = q * width;
    // Sums only, not gathered as weighted pairs: storing pairs that are never read cost the whole interval
    // workload (bench intervals) about 9% more instructions.
    let modelTotal = 0;
    let humanTotal = 0;
    let defined = 0;
    for (let c = 0; c < width; c++) {
      const w = countryCounts[c] as number;
      if (w === 0 || Number.isNaN(model[start + c] as number)) continue;
      modelTotal += w * (model[start + c] as number);
      humanTotal += w * (human[start + c] as number);
      defined += w;
    }
    const modelMean = modelTotal / defined;
    const humanMean = humanTotal / defined;
    for (let c = 0; c < width; c++) {
      centredModel[start + c] = (model[start + c] as number) - modelMean;
      centredHuman[start + c] = (human[start + c] as number) - humanMean;
    }
  }
}

/**
 * A figure of the group means of each cross (see countryGroupsOnCross), null where it is NaN: a group it reads
 * has no defined r in that cross.
 */
function fromGroupMeans(
  cross: RunCross,
  groupOf: readonly number[],
  groupCount: number,
  centred: boolean,
  figure: (means: Float64Array) => number,
): CrossStatistic {
  const groups = countryGroupsOnCross(cross, groupOf, groupCount, centred);
  return (questions, countries) => {
    const value = figure(groups(questions, countries));
    return Number.isNaN(value) ? null : value;
  };
}

/** Western minus non-Western mean per-country r on the cross; null if either group has no defined r. */
export function westernGapOnCross(cross: RunCross, western: readonly boolean[], centred: boolean): CrossStatistic {
  const groupOf = western.map((flag) => (flag ? 0 : 1));
  return fromGroupMeans(cross, groupOf, 2, centred, (means) => (means[0] as number) - (means[1] as number));
}

/** Mean per-country r of the member countries on the cross; null when no chosen member has a defined r. */
export function groupMeanOnCross(cross: RunCross, member: readonly boolean[], centred: boolean): CrossStatistic {
  const groupOf = member.map((flag) => (flag ? 0 : -1));
  return fromGroupMeans(cross, groupOf, 1, centred, (means) => means[0] as number);
}
