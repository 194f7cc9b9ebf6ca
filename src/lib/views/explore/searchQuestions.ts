import type { CategoryId, Question } from '../../survey/types';

export interface QuestionFilter {
  /** Words or a Q-id, any case; empty matches everything. */
  query: string;
  category: CategoryId | null;
}

function rank(question: Question, words: readonly string[]): number | null {
  const id = question.id.toLowerCase();
  const label = question.label.toLowerCase();
  const haystack = `${id} ${label} ${question.text.toLowerCase()}`;
  if (!words.every((word) => haystack.includes(word))) return null;
  if (words.length === 1 && words[0] === id) return 0;
  if (words.every((word) => id.startsWith(word) || label.includes(word))) return 1;
  return 2;
}

/**
 * Questions in the category whose id, label or text contains every word of the query. An exact Q-id comes first,
 * then questions matched by id prefix or label, then by text; dataset order otherwise.
 */
export function searchQuestions(questions: readonly Question[], filter: QuestionFilter): Question[] {
  const words = filter.query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  return questions
    .filter((question) => filter.category === null || question.category === filter.category)
    .map((question, index) => ({ question, index, rank: rank(question, words) }))
    .filter((hit): hit is { question: Question; index: number; rank: number } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((hit) => hit.question);
}
