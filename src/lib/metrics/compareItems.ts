import type { Country, Distribution, HumanReference, Question } from '../survey/types';
import { jensenShannonSimilarity } from './jensenShannon';
import { humanSide } from './humanSide';
import type { QuestionScale } from './questionScale';
import { normaliseMean, scaleMean } from './scaleMean';
import type { ModelAnswers } from './types';
import { wassersteinSimilarityTo } from './wasserstein';

/**
 * One question's compared (question, country) pairs as columns: entry i belongs to countries[countryIndices[i]].
 * Columns are plain number arrays (V8 stores them unboxed) with NaN for an undefined value (nominal question, no
 * mass on the scale), so the statistics run over flat numbers without allocating an object per pair, nor a
 * typed array per question (small typed arrays live off-heap and are costly to allocate and collect).
 * itemScores turns NaN back into null.
 */
export interface ComparedQuestion {
  question: Question;
  scale: QuestionScale | null;
  /** Indices into the countries passed to compareItems, ascending. */
  countryIndices: number[];
  /** Shared with the human-side cache when every country is compared: read, never write. */
  humanMean: readonly number[];
  modelMean: number[];
  humanNormalised: readonly number[];
  modelNormalised: number[];
  jsdSimilarity: number[];
  wassersteinSimilarity: number[];
}

export interface ComparedItems {
  /** Questions with at least one compared pair, in the given order. */
  questions: ComparedQuestion[];
  pairsWithoutModelAnswer: number;
  pairsWithoutReference: number;
}

/**
 * Scores every (question, country) pair that has both a human and a model distribution, in one pass: means on
 * the question's scale, normalised means, JSD and Wasserstein similarity. Pairs with only one side are counted,
 * not scored. Throws when a distribution's length does not match the question's options (the answers belong to
 * another dataset version). The human half of every pair comes from humanSide's per-reference cache.
 */
export function compareItems(
  questions: readonly Question[],
  countries: readonly Country[],
  reference: HumanReference,
  answers: ModelAnswers,
): ComparedItems {
  const compared: ComparedQuestion[] = [];
  let pairsWithoutModelAnswer = 0;
  let pairsWithoutReference = 0;
  for (const question of questions) {
    const human = humanSide(reference, countries, question);
    const modelByCountry = answers[question.id] ?? {};
    const columns = emptyColumns(question, human.scale, countries.length);
    let count = 0;
    // Indexed loop, not forEach: a closure per question showed up in the profile.
    for (let countryIndex = 0; countryIndex < countries.length; countryIndex++) {
      const country = countries[countryIndex] as Country;
      const humanDistribution = human.distributions[countryIndex];
      const model = modelByCountry[country.id];
      if (humanDistribution === undefined || model === undefined) {
        if (humanDistribution !== undefined) pairsWithoutModelAnswer += 1;
        if (model !== undefined) pairsWithoutReference += 1;
        continue;
      }
      checkLength(question, humanDistribution, 'reference', reference.id, country);
      checkLength(question, model, 'model answer', null, country);
      scoreModel(columns, count, countryIndex, humanDistribution, human.cumulative[countryIndex] ?? null, model);
      count += 1;
    }
    cutColumns(columns, count);
    if (count === countries.length) {
      // Every country compared (the usual case): the cached human columns are already aligned, share them.
      columns.humanMean = human.mean;
      columns.humanNormalised = human.normalised;
    } else {
      columns.humanMean = columns.countryIndices.map((countryIndex) => human.mean[countryIndex] as number);
      columns.humanNormalised = columns.countryIndices.map((countryIndex) => human.normalised[countryIndex] as number);
    }
    if (count > 0) compared.push(columns);
  }
  return { questions: compared, pairsWithoutModelAnswer, pairsWithoutReference };
}

/** Writes the model side of pair `at` (the human means come from the cache) into the columns. */
function scoreModel(
  columns: ComparedQuestion,
  at: number,
  countryIndex: number,
  human: Distribution,
  humanCumulative: number[] | null,
  model: Distribution,
): void {
  const { scale } = columns;
  columns.countryIndices[at] = countryIndex;
  columns.jsdSimilarity[at] = jensenShannonSimilarity(model, human);
  // Nominal questions keep the NaN the columns were filled with.
  if (scale === null) return;
  const modelMean = scaleMean(scale, model) ?? NaN;
  columns.modelMean[at] = modelMean;
  columns.modelNormalised[at] = normaliseMean(scale, modelMean) as number;
  const similarity = humanCumulative === null ? null : wassersteinSimilarityTo(scale, model, humanCumulative);
  columns.wassersteinSimilarity[at] = similarity ?? NaN;
}

/**
 * Columns sized for every country and filled up front, then cut to the compared pairs: growing them by push
 * reallocated each array as it grew and as it turned from small integers to doubles, a large share of a
 * summary's garbage. The human columns are set once the question's pairs are known.
 */
function emptyColumns(question: Question, scale: QuestionScale | null, size: number): ComparedQuestion {
  return {
    question,
    scale,
    countryIndices: filledColumn(zeroTemplate, size, 0),
    humanMean: [],
    modelMean: filledColumn(nanTemplate, size, NaN),
    humanNormalised: [],
    modelNormalised: filledColumn(nanTemplate, size, NaN),
    jsdSimilarity: filledColumn(nanTemplate, size, NaN),
    wassersteinSimilarity: filledColumn(nanTemplate, size, NaN),
  };
}

/**
 * Filled arrays are copied from a template (one per fill value, remade when the size changes): slice copies the
 * backing store in one go, several times cheaper than new Array(size).fill(value). Templates never leave here.
 */
const nanTemplate: number[] = [];
const zeroTemplate: number[] = [];

function filledColumn(template: number[], size: number, value: number): number[] {
  if (template.length !== size) {
    template.length = 0;
    for (let i = 0; i < size; i++) template.push(value);
  }
  return template.slice();
}

/** Drops the unused tail when some countries lacked one side of the pair (a no-op when all were compared). */
function cutColumns(columns: ComparedQuestion, count: number): void {
  columns.countryIndices.length = count;
  columns.modelMean.length = count;
  columns.modelNormalised.length = count;
  columns.jsdSimilarity.length = count;
  columns.wassersteinSimilarity.length = count;
}

/** Throws when a distribution does not fit the question; the message is built only then (this runs per pair). */
function checkLength(
  question: Question,
  distribution: Distribution,
  source: string,
  referenceId: string | null,
  country: Country,
): void {
  if (distribution.length !== question.options.length) {
    const what = referenceId === null ? source : `${source} ${referenceId}`;
    throw new Error(
      `${what} for ${question.id}/${country.id} has ${distribution.length} probabilities but ${question.id} has ` +
        `${question.options.length} options; it was made for another dataset version, so re-run or re-import it`,
    );
  }
}
