import type { Category, CategoryId, Question, QuestionId } from '../../survey/types';

/** What the Explore view shows; kept in the URL ("#/explore?q=Q164&category=religious-values") so links reproduce it. */
export interface ExploreSelection {
  questionId: QuestionId;
  category: CategoryId | null;
}

/** Importance of God: the best-known item of the Inglehart–Welzel map, and the view's landing question. */
export const DEFAULT_QUESTION_ID = 'Q164';

/** Reads the selection from URL parameters, falling back to the default for ids the dataset does not know. */
export function readExploreSelection(
  params: URLSearchParams,
  questions: readonly Question[],
  categories: readonly Category[],
): ExploreSelection {
  if (questions.length === 0)
    throw new Error('The dataset has no questions to explore; rebuild it with `npm run build:data`.');
  const requested = params.get('q')?.toUpperCase();
  const question =
    questions.find((q) => q.id === requested) ??
    questions.find((q) => q.id === DEFAULT_QUESTION_ID) ??
    (questions[0] as Question);
  const category = categories.find((c) => c.id === params.get('category'))?.id ?? null;
  return { questionId: question.id, category };
}

/** The URL parameters for a selection (no category = parameter left out). */
export function exploreParams(selection: ExploreSelection): Record<string, string | undefined> {
  return { q: selection.questionId, category: selection.category ?? undefined };
}
