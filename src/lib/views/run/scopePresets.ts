import { deviation } from 'd3';
import { normaliseMean, questionScale } from '../../metrics';
import type { CategoryId, CountryId, Dataset, HumanReference, Question, QuestionId } from '../../survey/types';
import { valueQuestions } from '../../survey/lookups';

export type ScopePreset =
  | { kind: 'quick-look' }
  | { kind: 'category'; category: CategoryId }
  | { kind: 'all' }
  | { kind: 'cultural-map' }
  | { kind: 'custom'; questionIds: QuestionId[] };

/**
 * Questions per scored category in the Quick look preset: the category × country heatmap correlates a country's
 * answers across a category's questions, and a correlation needs at least 3 points.
 */
export const QUICK_LOOK_PER_CATEGORY = 3;

/** The WVS-7 questions behind the ten Inglehart–Welzel items (see metrics/iwRawVector). */
export const CULTURAL_MAP_QUESTIONS: readonly QuestionId[] = [
  'Q46',
  'Q57',
  'Q45',
  'Q209',
  'Q164',
  'Q182',
  'Q184',
  'Q254',
  'Q154',
  'Q155',
  'Q8',
  'Q14',
  'Q15',
  'Q17',
];

/** Countries the reference has any answers for, in dataset order. */
export function countriesWithData(dataset: Dataset, reference: HumanReference): CountryId[] {
  const covered = new Set(Object.values(reference.responses).flatMap((byCountry) => Object.keys(byCountry)));
  return dataset.countries.filter((country) => covered.has(country.id)).map((country) => country.id);
}

/**
 * How much a question separates countries: the spread of the humans' normalised means, weighted by coverage.
 * Quick look picks the most separating questions, because a question every country answers alike cannot
 * show whether a model knows the difference (its per-question r is undefined or noise).
 */
function separation(question: Question, reference: HumanReference): number {
  const scale = questionScale(question);
  if (scale === null) return -1;
  const means = Object.values(reference.responses[question.id] ?? {})
    .map((response) => normaliseMean(scale, response.mean))
    .filter((mean): mean is number => mean !== null);
  return means.length < 3 ? -1 : (deviation(means) ?? 0) * means.length;
}

/**
 * Quick look: the ten cultural-map items (so the map gets model points), then each scored category topped up to
 * QUICK_LOOK_PER_CATEGORY with its most separating ordinal or binary questions. The pick depends only on the
 * dataset and the reference (ties broken by question number), so every Quick look run of one reference asks the
 * same questions and their runs can be compared.
 */
function quickLook(dataset: Dataset, reference: HumanReference): QuestionId[] {
  const picked = new Set<QuestionId>(CULTURAL_MAP_QUESTIONS);
  const scored = valueQuestions(dataset).filter((question) => question.scaleType !== 'nominal');
  for (const category of dataset.categories) {
    if (category.group === 'not-scored') continue;
    const inCategory = scored.filter((question) => question.category === category.id);
    const already = inCategory.filter((question) => picked.has(question.id)).length;
    const ranked = inCategory
      .filter((question) => !picked.has(question.id))
      .map((question) => ({ id: question.id, score: separation(question, reference) }))
      .filter((entry) => entry.score >= 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id, 'en', { numeric: true }));
    for (const entry of ranked.slice(0, Math.max(0, QUICK_LOOK_PER_CATEGORY - already))) picked.add(entry.id);
  }
  return [...picked];
}

/** The questions a preset stands for, in dataset order. */
export function questionsForPreset(preset: ScopePreset, dataset: Dataset, reference: HumanReference): QuestionId[] {
  const chosen = new Set<QuestionId>(
    preset.kind === 'quick-look'
      ? quickLook(dataset, reference)
      : preset.kind === 'category'
        ? valueQuestions(dataset)
            .filter((q) => q.category === preset.category)
            .map((q) => q.id)
        : preset.kind === 'all'
          ? valueQuestions(dataset).map((q) => q.id)
          : preset.kind === 'cultural-map'
            ? CULTURAL_MAP_QUESTIONS
            : preset.questionIds,
  );
  return dataset.questions.filter((question) => chosen.has(question.id)).map((question) => question.id);
}
