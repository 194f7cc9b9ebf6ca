import type { ResultItem } from '../../../src/lib/store/index.ts';
import type { Dataset, Question } from '../../../src/lib/survey/types.ts';

/**
 * The e2e tests' own reference figures, written from the definitions on the Method page and sharing no code with
 * the app's metrics: plain arrays, two-pass formulas. Runs here have one answer per (question, country).
 */

/** A series counts as constant when its range is within 1e-12 of its size (float noise in equal means). */
function constant(values: readonly number[]): boolean {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return high - low <= 1e-12 * Math.max(1, Math.abs(low), Math.abs(high));
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Pearson r; null with fewer than 3 pairs or a constant series. */
export function pearsonR(x: readonly number[], y: readonly number[]): number | null {
  if (x.length < 3 || constant(x) || constant(y)) return null;
  const mx = mean(x) as number;
  const my = mean(y) as number;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    const yi = y[i] as number;
    sxy += (xi - mx) * (yi - my);
    sxx += (xi - mx) ** 2;
    syy += (yi - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** Per-question r with the same-answer rule: 0 where people vary and the model does not; null where people don't. */
export function signalR(model: readonly number[], human: readonly number[]): number | null {
  if (model.length < 3 || constant(human)) return null;
  return constant(model) ? 0 : pearsonR(model, human);
}

/** The mean answer on the question's scale mapped to [0, 1], renormalised over on-scale options. */
export function normalisedMean(question: Question, distribution: readonly number[]): number | null {
  const values = question.options.map((option) => option.value);
  const onScale = values.filter((value): value is number => value !== null);
  if (question.scaleType === 'nominal' || onScale.length < 2) return null;
  let mass = 0;
  let total = 0;
  values.forEach((value, k) => {
    if (value === null) return;
    mass += distribution[k] as number;
    total += (distribution[k] as number) * value;
  });
  if (mass === 0) return null;
  const low = Math.min(...onScale);
  const high = Math.max(...onScale);
  return (total / mass - low) / (high - low);
}

export interface MeanPair {
  question: Question;
  countryId: string;
  model: number;
  human: number;
}

/** Normalised model and people means of every compared pair of the scored (unflagged, ordered) questions. */
export function meanPairs(dataset: Dataset, items: readonly Pick<ResultItem, 'questionId' | 'countryId' | 'probs'>[]) {
  const questionById = new Map(dataset.questions.map((question) => [question.id, question]));
  return items.flatMap((item): MeanPair[] => {
    const question = questionById.get(item.questionId);
    const people = dataset.responses[item.questionId]?.[item.countryId]?.distribution;
    if (!question || question.flags.length > 0 || !people) return [];
    const model = normalisedMean(question, item.probs);
    const human = normalisedMean(question, people);
    return model === null || human === null ? [] : [{ question, countryId: item.countryId, model, human }];
  });
}

/** Per-question r across countries (same-answer rule), by question id; undefined r left out. */
export function questionRs(pairs: readonly MeanPair[]): Map<string, { category: string; r: number }> {
  const byQuestion = new Map<string, MeanPair[]>();
  for (const pair of pairs) byQuestion.set(pair.question.id, [...(byQuestion.get(pair.question.id) ?? []), pair]);
  const rs = new Map<string, { category: string; r: number }>();
  for (const [id, questionPairs] of byQuestion) {
    const r = signalR(
      questionPairs.map((pair) => pair.model),
      questionPairs.map((pair) => pair.human),
    );
    if (r !== null) rs.set(id, { category: questionPairs[0]?.question.category ?? '', r });
  }
  return rs;
}

/** Pearson r pooled over every pair. */
export function pooledR(pairs: readonly MeanPair[]): number | null {
  return pearsonR(
    pairs.map((pair) => pair.model),
    pairs.map((pair) => pair.human),
  );
}
