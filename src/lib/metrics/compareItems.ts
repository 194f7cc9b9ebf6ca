import type { Country, Distribution, HumanReference, Question, SupplementaryMeans } from '../survey/types';
import type { BlockArena } from './blockArena';
import { humanSide, NO_SUPPLEMENTARY, ReferenceStatus, type HumanSide } from './humanSide';
import { jensenShannonDistanceAt } from './jensenShannon';
import { meanOfSums, normaliseMean, onScaleSums, type OnScaleSums } from './scaleMean';
import type { ModelAnswers } from './types';
import { wassersteinSimilarityTo } from './wasserstein';

/** A question with at least one compared pair; question i of ComparedRun.questions owns row i of its columns. */
export interface ComparedQuestion {
  question: Question;
  /** The question's human side (its scale included), shared by every run compared with the reference: read, never write. */
  human: HumanSide;
  /** Countries compared: a model answer and either a reference distribution or a supplementary mean. */
  countries: number;
  /** Of those, countries compared on a supplementary mean only (mean-based metrics, no JSD or W1). */
  supplementaryCountries: number;
}

/** ComparedRun.pairKind values: how a cell's pair was compared. */
export const PairKind = { none: 0, distribution: 1, supplementaryMean: 2 } as const;

/**
 * A run's (question, country) comparisons as question-major columns, one Float64Array per value for the whole
 * run: the pair of row q and country c is cell q · countryCount + c. NaN marks an undefined value (nominal
 * question, no mass on the scale). pairKind says whether and how a pair was compared: on distributions (it has
 * a jsdSimilarity) or on a supplementary human mean only (means only, JSD and W1 stay NaN); the model
 * columns are NaN for the others, while the human columns hold the question's human side for every country (a
 * row is copied in one go), so a statistic must pair them with a model value to skip uncompared pairs.
 * One block per value instead of small arrays per question: the statistics then run over flat numbers, and a
 * summary allocates a handful of objects instead of thousands (garbage collection was a fifth of its time).
 */
export interface ComparedRun {
  questions: ComparedQuestion[];
  /** Cells per row: the length of the countries array compareItems was given. */
  countryCount: number;
  humanMean: Float64Array;
  modelMean: Float64Array;
  humanNormalised: Float64Array;
  modelNormalised: Float64Array;
  jsdSimilarity: Float64Array;
  wassersteinSimilarity: Float64Array;
  /** PairKind per cell. */
  pairKind: Uint8Array;
  pairsWithoutModelAnswer: number;
  pairsWithoutReference: number;
}

/** Cells start, start + stride, … (count of them) of one of a run's columns. */
export interface Cells {
  start: number;
  stride: number;
  count: number;
}

/** Row `row` of the run's columns: the question's cell for each country. */
export function questionCells(run: ComparedRun, row: number): Cells {
  return { start: row * run.countryCount, stride: 1, count: run.countryCount };
}

/** Column `countryIndex` down the run's rows: the country's cell for each compared question. */
export function countryCells(run: ComparedRun, countryIndex: number): Cells {
  return { start: countryIndex, stride: run.countryCount, count: run.questions.length };
}

/**
 * Scores every (question, country) pair that has both a human and a model distribution, in one pass: means on
 * the question's scale, normalised means, JSD and Wasserstein similarity. A pair whose reference has no
 * distribution but one of `supplementary` has a mean is compared on means only. Pairs with only one side are
 * counted, not scored (a supplementary mean without a model answer is not counted: it is not the reference's). Throws when a distribution's length does not match the question's options (the answers belong to
 * another dataset version). The human half of every pair comes from humanSide's per-reference cache; the
 * columns come from `arena`, so they last until it is reset.
 */
export function compareItems(
  questions: readonly Question[],
  countries: readonly Country[],
  reference: HumanReference,
  answers: ModelAnswers,
  arena: BlockArena,
  supplementary: readonly SupplementaryMeans[] = NO_SUPPLEMENTARY,
): ComparedRun {
  const countryCount = countries.length;
  const cells = questions.length * countryCount;
  const run: ComparedRun = {
    questions: [],
    countryCount,
    humanMean: arena.take(cells),
    modelMean: arena.take(cells).fill(NaN),
    humanNormalised: arena.take(cells),
    modelNormalised: arena.take(cells).fill(NaN),
    jsdSimilarity: arena.take(cells).fill(NaN),
    wassersteinSimilarity: arena.take(cells).fill(NaN),
    pairKind: new Uint8Array(cells),
    pairsWithoutModelAnswer: 0,
    pairsWithoutReference: 0,
  };
  for (const question of questions) {
    const human = humanSide(reference, countries, question, supplementary);
    const modelByCountry = answers[question.id] ?? {};
    // A question without compared pairs writes no cell, so the next question takes over its row.
    const rowStart = run.questions.length * countryCount;
    const optionCount = question.options.length;
    let compared = 0;
    let supplementaryCountries = 0;
    for (let countryIndex = 0; countryIndex < countryCount; countryIndex++) {
      const country = countries[countryIndex] as Country;
      const status = human.status[countryIndex];
      const model = modelByCountry[country.id];
      if (status === ReferenceStatus.meanOnly && model !== undefined) {
        if (model.length !== optionCount) throw lengthMismatch(question, country, null, reference.id, model);
        scoreMeans(run, rowStart + countryIndex, human, model);
        run.pairKind[rowStart + countryIndex] = PairKind.supplementaryMean;
        compared += 1;
        supplementaryCountries += 1;
        continue;
      }
      if (status === ReferenceStatus.missing || model === undefined) {
        if (status === ReferenceStatus.fits || status === ReferenceStatus.wrongLength) run.pairsWithoutModelAnswer += 1;
        if (model !== undefined) run.pairsWithoutReference += 1;
        continue;
      }
      if (status === ReferenceStatus.wrongLength || model.length !== optionCount) {
        const wrongReference =
          status === ReferenceStatus.wrongLength ? (human.distributions[countryIndex] ?? null) : null;
        throw lengthMismatch(question, country, wrongReference, reference.id, model);
      }
      scorePair(run, rowStart + countryIndex, human, countryIndex, model);
      run.pairKind[rowStart + countryIndex] = PairKind.distribution;
      compared += 1;
    }
    if (compared === 0) continue;
    run.humanMean.set(human.mean, rowStart);
    run.humanNormalised.set(human.normalised, rowStart);
    run.questions.push({ question, human, countries: compared, supplementaryCountries });
  }
  return run;
}

/** Writes one compared pair's JSD and model values into its cell (the human row is copied per question). */
function scorePair(run: ComparedRun, cell: number, human: HumanSide, countryIndex: number, model: Distribution): void {
  run.jsdSimilarity[cell] =
    1 - jensenShannonDistanceAt(model, human.distributionCells, countryIndex * human.optionCount);
  const sums = scoreMeans(run, cell, human, model);
  if (human.scale === null || sums === null) return;
  // The human side has a cumulative distribution exactly where its mean is defined.
  if (Number.isNaN(human.mean[countryIndex])) return;
  const start = countryIndex * human.cumulativeLength;
  const similarity = wassersteinSimilarityTo(human.scale, model, human.cumulativeCells, start, sums.mass);
  run.wassersteinSimilarity[cell] = similarity ?? NaN;
}

/**
 * Writes the model's mean and normalised mean into its cell; returns the on-scale sums, or null for a nominal
 * question (whose cells keep the NaN the columns were filled with).
 */
function scoreMeans(run: ComparedRun, cell: number, human: HumanSide, model: Distribution): OnScaleSums | null {
  const { scale } = human;
  if (scale === null) return null;
  const sums = onScaleSums(scale, model);
  const modelMean = meanOfSums(sums) ?? NaN;
  run.modelMean[cell] = modelMean;
  run.modelNormalised[cell] = normaliseMean(scale, modelMean) as number;
  return sums;
}

/**
 * The error for a pair whose reference distribution (when given) or model answer does not fit the question: the
 * answers belong to another dataset version. Built only when thrown, as this is checked for every pair.
 */
function lengthMismatch(
  question: Question,
  country: Country,
  wrongReference: Distribution | null,
  referenceId: string,
  model: Distribution,
): Error {
  const [what, distribution] =
    wrongReference === null ? ['model answer', model] : [`reference ${referenceId}`, wrongReference];
  return new Error(
    `${what} for ${question.id}/${country.id} has ${distribution.length} probabilities but ${question.id} has ` +
      `${question.options.length} options; it was made for another dataset version, so re-run or re-import it`,
  );
}
