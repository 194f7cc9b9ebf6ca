import type { Country, Distribution, HumanReference, Question } from '../survey/types';
import { jensenShannonSimilarity } from './jensenShannon';
import { questionScale, type QuestionScale } from './questionScale';
import { normaliseMean, scaleMean } from './scaleMean';
import type { ItemScore, ModelAnswers } from './types';
import { wassersteinSimilarity } from './wasserstein';

/** One question's compared (question, country) pairs, countries in dataset order. */
export interface ComparedQuestion {
  question: Question;
  scale: QuestionScale | null;
  items: ItemScore[];
}

export interface ComparedItems {
  /** Questions with at least one compared pair, in the given order. */
  questions: ComparedQuestion[];
  pairsWithoutModelAnswer: number;
  pairsWithoutReference: number;
}

/**
 * Scores every (question, country) pair that has both a human and a model distribution: means on the question's
 * scale, normalised means, JSD and Wasserstein similarity. Pairs with only one side are counted, not scored.
 * Throws when a distribution's length does not match the question's options (the answers belong to another
 * dataset version).
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
    const scale = questionScale(question);
    const items: ItemScore[] = [];
    for (const country of countries) {
      const human = humanByCountry[country.id]?.distribution;
      const model = modelByCountry[country.id];
      if (human === undefined || model === undefined) {
        if (human !== undefined) pairsWithoutModelAnswer += 1;
        if (model !== undefined) pairsWithoutReference += 1;
        continue;
      }
      checkLength(question, human, `reference ${reference.id}`, country);
      checkLength(question, model, 'model answer', country);
      items.push(scoreItem(question, scale, country, human, model));
    }
    if (items.length > 0) compared.push({ question, scale, items });
  }
  return { questions: compared, pairsWithoutModelAnswer, pairsWithoutReference };
}

function scoreItem(
  question: Question,
  scale: QuestionScale | null,
  country: Country,
  human: Distribution,
  model: Distribution,
): ItemScore {
  const humanMean = scale === null ? null : scaleMean(scale, human);
  const modelMean = scale === null ? null : scaleMean(scale, model);
  return {
    questionId: question.id,
    countryId: country.id,
    humanMean,
    modelMean,
    humanNormalised: scale === null ? null : normaliseMean(scale, humanMean),
    modelNormalised: scale === null ? null : normaliseMean(scale, modelMean),
    jsdSimilarity: jensenShannonSimilarity(model, human),
    wassersteinSimilarity: scale === null ? null : wassersteinSimilarity(scale, model, human),
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
