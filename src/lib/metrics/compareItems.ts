import type { Country, Distribution, HumanReference, Question } from '../survey/types';
import { jensenShannonSimilarity } from './jensenShannon';
import { questionScale, type QuestionScale } from './questionScale';
import { normaliseMean, scaleMean } from './scaleMean';
import type { ModelAnswers } from './types';
import { wassersteinSimilarity } from './wasserstein';

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
  humanMean: number[];
  modelMean: number[];
  humanNormalised: number[];
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
 * another dataset version).
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
    const humanByCountry = reference.responses[question.id] ?? {};
    const modelByCountry = answers[question.id] ?? {};
    const columns = emptyColumns(question, countries.length);
    let length = 0;
    countries.forEach((country, countryIndex) => {
      const human = humanByCountry[country.id]?.distribution;
      const model = modelByCountry[country.id];
      if (human === undefined || model === undefined) {
        if (human !== undefined) pairsWithoutModelAnswer += 1;
        if (model !== undefined) pairsWithoutReference += 1;
        return;
      }
      checkLength(question, human, `reference ${reference.id}`, country);
      checkLength(question, model, 'model answer', country);
      columns.countryIndices[length] = countryIndex;
      scorePair(columns, length, human, model);
      length += 1;
    });
    if (length > 0) compared.push(truncate(columns, length));
  }
  return { questions: compared, pairsWithoutModelAnswer, pairsWithoutReference };
}

function scorePair(columns: ComparedQuestion, at: number, human: Distribution, model: Distribution): void {
  const { scale } = columns;
  columns.jsdSimilarity[at] = jensenShannonSimilarity(model, human);
  if (scale === null) return;
  const humanMean = scaleMean(scale, human) ?? NaN;
  const modelMean = scaleMean(scale, model) ?? NaN;
  columns.humanMean[at] = humanMean;
  columns.modelMean[at] = modelMean;
  columns.humanNormalised[at] = normaliseMean(scale, humanMean) as number;
  columns.modelNormalised[at] = normaliseMean(scale, modelMean) as number;
  columns.wassersteinSimilarity[at] = wassersteinSimilarity(scale, model, human) ?? NaN;
}

/** Columns sized for every country, NaN-filled, so scoring writes in place instead of growing arrays. */
function emptyColumns(question: Question, size: number): ComparedQuestion {
  const column = () => new Array<number>(size).fill(NaN);
  return {
    question,
    scale: questionScale(question),
    countryIndices: new Array<number>(size).fill(0),
    humanMean: column(),
    modelMean: column(),
    humanNormalised: column(),
    modelNormalised: column(),
    jsdSimilarity: column(),
    wassersteinSimilarity: column(),
  };
}

/** Drops the unused tail of every column (countries without a compared pair). */
function truncate(columns: ComparedQuestion, length: number): ComparedQuestion {
  const { countryIndices, humanMean, modelMean, humanNormalised, modelNormalised, jsdSimilarity, wassersteinSimilarity } = columns;
  for (const column of [countryIndices, humanMean, modelMean, humanNormalised, modelNormalised, jsdSimilarity, wassersteinSimilarity]) {
    column.length = length;
  }
  return columns;
}

function checkLength(question: Question, distribution: Distribution, source: string, country: Country): void {
  if (distribution.length !== question.options.length) {
    throw new Error(
      `${source} for ${question.id}/${country.id} has ${distribution.length} probabilities but ${question.id} has ` +
        `${question.options.length} options; it was made for another dataset version, so re-run or re-import it`,
    );
  }
}
