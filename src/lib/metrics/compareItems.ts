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
    const columns = emptyColumns(question, human.scale);
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
      checkLength(question, humanDistribution, `reference ${reference.id}`, country);
      checkLength(question, model, 'model answer', country);
      columns.countryIndices.push(countryIndex);
      scoreModel(columns, humanDistribution, human.cumulative[countryIndex] ?? null, model);
    }
    if (columns.countryIndices.length === countries.length) {
      // Every country compared (the usual case): the cached human columns are already aligned, share them.
      columns.humanMean = human.mean;
      columns.humanNormalised = human.normalised;
    } else {
      columns.humanMean = columns.countryIndices.map((countryIndex) => human.mean[countryIndex] as number);
      columns.humanNormalised = columns.countryIndices.map((countryIndex) => human.normalised[countryIndex] as number);
    }
    if (columns.countryIndices.length > 0) compared.push(columns);
  }
  return { questions: compared, pairsWithoutModelAnswer, pairsWithoutReference };
}

/** Appends the model side of one pair (the human means come from the cache) to the columns. */
function scoreModel(columns: ComparedQuestion, human: Distribution, humanCumulative: number[] | null, model: Distribution): void {
  const { scale } = columns;
  columns.jsdSimilarity.push(jensenShannonSimilarity(model, human));
  if (scale === null) {
    columns.modelMean.push(NaN);
    columns.modelNormalised.push(NaN);
    columns.wassersteinSimilarity.push(NaN);
    return;
  }
  const modelMean = scaleMean(scale, model) ?? NaN;
  columns.modelMean.push(modelMean);
  columns.modelNormalised.push(normaliseMean(scale, modelMean) as number);
  const similarity = humanCumulative === null ? null : wassersteinSimilarityTo(scale, model, humanCumulative);
  columns.wassersteinSimilarity.push(similarity ?? NaN);
}

/** Empty columns, filled by push as pairs are compared, so they end at the right length with no tail to cut. */
function emptyColumns(question: Question, scale: QuestionScale | null): ComparedQuestion {
  return {
    question,
    scale,
    countryIndices: [],
    humanMean: [],
    modelMean: [],
    humanNormalised: [],
    modelNormalised: [],
    jsdSimilarity: [],
    wassersteinSimilarity: [],
  };
}

function checkLength(question: Question, distribution: Distribution, source: string, country: Country): void {
  if (distribution.length !== question.options.length) {
    throw new Error(
      `${source} for ${question.id}/${country.id} has ${distribution.length} probabilities but ${question.id} has ` +
        `${question.options.length} options; it was made for another dataset version, so re-run or re-import it`,
    );
  }
}
