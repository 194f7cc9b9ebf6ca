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
    const columns = emptyColumns(question);
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
      columns.countryIndices.push(countryIndex);
      scorePair(columns, human, model);
    });
    if (columns.countryIndices.length > 0) compared.push(columns);
  }
  return { questions: compared, pairsWithoutModelAnswer, pairsWithoutReference };
}

function scorePair(columns: ComparedQuestion, human: Distribution, model: Distribution): void {
  const { scale } = columns;
  columns.jsdSimilarity.push(jensenShannonSimilarity(model, human));
  const humanMean = scale === null ? NaN : (scaleMean(scale, human) ?? NaN);
  const modelMean = scale === null ? NaN : (scaleMean(scale, model) ?? NaN);
  columns.humanMean.push(humanMean);
  columns.modelMean.push(modelMean);
  columns.humanNormalised.push(scale === null ? NaN : (normaliseMean(scale, humanMean) as number));
  columns.modelNormalised.push(scale === null ? NaN : (normaliseMean(scale, modelMean) as number));
  columns.wassersteinSimilarity.push(scale === null ? NaN : (wassersteinSimilarity(scale, model, human) ?? NaN));
}

function emptyColumns(question: Question): ComparedQuestion {
  return {
    question,
    scale: questionScale(question),
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
