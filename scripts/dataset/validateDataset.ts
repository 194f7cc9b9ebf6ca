import type { Dataset, Question } from '../../src/lib/survey/types.ts';
import type { AnswerAdjustments } from './sources.ts';
import { distributionProblem } from '../../src/lib/survey/distributionSum.ts';

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))];
}

function checkUnique(problems: string[], what: string, ids: readonly string[]): void {
  const repeated = duplicates(ids);
  if (repeated.length > 0) problems.push(`duplicate ${what} ids: ${repeated.join(', ')}`);
}

/**
 * On-scale values must rise strictly; the one allowed tie is where WorldValuesBench's adjustment
 * merges a code onto another's value (Q241–Q249: code 0 "against democracy" joins code 1 at value 1).
 */
function checkScaleOrder(problems: string[], question: Question, adjustments: AnswerAdjustments): void {
  const remapped = new Set(Object.keys(adjustments[question.id] ?? {}).map(Number));
  const onScale = question.options.filter((option) => option.value !== null);
  const firstOffScale = question.options.findIndex((option) => option.value === null);
  if (firstOffScale >= 0 && firstOffScale < onScale.length)
    problems.push(`${question.id}: off-scale options must come last`);
  onScale.slice(1).forEach((option, i) => {
    const previous = onScale[i];
    if (previous === undefined || previous.value === null || option.value === null) return;
    const mergedByAdjustment =
      option.value === previous.value && (remapped.has(option.code) || remapped.has(previous.code));
    if (option.value < previous.value || (option.value === previous.value && !mergedByAdjustment)) {
      problems.push(
        `${question.id}: value ${option.value} (code ${option.code}) follows value ${previous.value} (code ${previous.code}); values must increase along the scale`,
      );
    }
  });
}

/**
 * Every cross-reference and invariant the app relies on; throws one error listing all problems.
 * `adjustments` is WorldValuesBench's answer adjustment, the only licence for two options to share a value.
 */
export function validateDataset(dataset: Dataset, adjustments: AnswerAdjustments): void {
  const problems: string[] = [];
  const categoryIds = new Set(dataset.categories.map((category) => category.id));
  const countryIds = new Set(dataset.countries.map((country) => country.id));
  const questions = new Map(dataset.questions.map((question) => [question.id, question]));
  const records = {
    category: dataset.categories,
    question: dataset.questions,
    country: dataset.countries,
    citation: dataset.citations,
  };
  for (const [what, list] of Object.entries(records)) {
    const ids = list.map((record) => record.id);
    checkUnique(problems, what, ids);
  }

  for (const question of dataset.questions) {
    if (!categoryIds.has(question.category))
      problems.push(`${question.id}: category "${question.category}" is not in categories`);
    checkUnique(
      problems,
      `${question.id} option code`,
      question.options.map((option) => String(option.code)),
    );
    checkScaleOrder(problems, question, adjustments);
  }
  for (const country of dataset.countries) {
    if (!country.ownPolygon && !country.mapNote)
      problems.push(`${country.id}: has no polygon of its own and no mapNote saying how it is shown`);
    if (country.zoneSource === 'assigned' && !country.zoneNote)
      problems.push(`${country.id}: zone was assigned but zoneNote is empty`);
  }
  for (const [questionId, byCountry] of Object.entries(dataset.responses)) {
    const question = questions.get(questionId);
    if (question === undefined) {
      problems.push(`responses: unknown question ${questionId}`);
      continue;
    }
    for (const [countryId, response] of Object.entries(byCountry)) {
      const where = `responses ${questionId} ${countryId}`;
      if (!countryIds.has(countryId)) problems.push(`${where}: unknown country`);
      if (response.counts.length !== question.options.length)
        problems.push(`${where}: ${response.counts.length} counts for ${question.options.length} options`);
      if (response.distribution.length !== question.options.length)
        problems.push(`${where}: ${response.distribution.length} probabilities for ${question.options.length} options`);
      const problem = distributionProblem(response.distribution);
      if (problem !== null) problems.push(`${where}: distribution is not valid: ${problem}`);
      if (response.n !== response.counts.reduce((sum, count) => sum + count, 0))
        problems.push(`${where}: n=${response.n} is not the sum of counts`);
    }
  }
  const citationIds = new Set(dataset.citations.map((citation) => citation.id));
  for (const source of dataset.supplementary) {
    if (!citationIds.has(source.citationId))
      problems.push(`supplementary ${source.id}: citation "${source.citationId}" is not in citations`);
    for (const [questionId, byCountry] of Object.entries(source.means)) {
      if (!questions.has(questionId)) problems.push(`supplementary ${source.id}: unknown question ${questionId}`);
      for (const countryId of Object.keys(byCountry)) {
        if (!countryIds.has(countryId))
          problems.push(`supplementary ${source.id} ${questionId}: unknown country ${countryId}`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`The dataset is not valid:\n- ${problems.join('\n- ')}`);
}
