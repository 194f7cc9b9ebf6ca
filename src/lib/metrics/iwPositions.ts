import type { Country, HumanReference, InglehartWelzelParameters, Question, QuestionId } from '../survey/types';
import { projectInglehartWelzel } from './iwProjection';
import { iwRawVector, type DistributionLookup } from './iwRawVector';
import type { IwPosition, ModelAnswers } from './types';

/**
 * Inglehart–Welzel map positions per country, from the reference's answers and from the model's, projected with
 * the dataset's parameters. Countries where neither side has all ten items are left out.
 */
export function iwPositions(
  params: InglehartWelzelParameters,
  questions: readonly Question[],
  countries: readonly Country[],
  reference: HumanReference,
  answers: ModelAnswers,
): IwPosition[] {
  const questionsById = new Map<QuestionId, Question>(questions.map((question) => [question.id, question]));
  const place = (lookup: DistributionLookup) => {
    const raw = iwRawVector(params.items, questionsById, lookup);
    return { point: raw.vector === null ? null : projectInglehartWelzel(params, raw.vector), missing: raw.missing };
  };
  return countries.flatMap((country) => {
    const human = place((id) => reference.responses[id]?.[country.id]?.distribution);
    const model = place((id) => answers[id]?.[country.id]);
    if (human.point === null && model.point === null) return [];
    return [
      {
        countryId: country.id,
        human: human.point,
        model: model.point,
        missingHuman: human.missing,
        missingModel: model.missing,
      },
    ];
  });
}
