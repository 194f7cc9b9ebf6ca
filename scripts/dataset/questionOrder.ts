import type { QuestionId } from '../../src/lib/survey/types.ts';

/** Questionnaire order: by number, then suffix ("Q234" before "Q234A"). */
export function compareQuestionIds(a: QuestionId, b: QuestionId): number {
  const number = (id: string) => Number(/\d+/.exec(id)?.[0] ?? Number.NaN);
  return number(a) - number(b) || a.localeCompare(b);
}

/** The record with its question keys in questionnaire order, so output does not depend on source order. */
export function sortedByQuestion<T>(record: Record<QuestionId, T>): Record<QuestionId, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareQuestionIds(a, b)));
}
