import type { Question } from '../../types.ts';
import { normaliseText, textSimilarity } from './textSimilarity.ts';

/** Answers that are not opinions; GlobalOpinionQA keeps them as options, the dataset leaves them out. */
const NON_SUBSTANTIVE =
  /^(don t know|dont know|dk|no answer|na|refused|missing|not asked|not applicable|inapplicable)\b/;
const MIN_OPTION_SIMILARITY = 0.6;

/**
 * For each GlobalOpinionQA option: the index of the matching option of `question`, or null for a
 * non-substantive answer (don't know, no answer, …). Returns null when some substantive option has no match
 * or two options claim the same one, so a question with a different scale is never forced onto ours.
 */
export function mapAnswerOptions(options: readonly string[], question: Question): (number | null)[] | null {
  const used = new Set<number>();
  const mapping: (number | null)[] = [];
  for (const option of options) {
    const normalised = normaliseText(option);
    if (NON_SUBSTANTIVE.test(normalised)) {
      mapping.push(null);
      continue;
    }
    const index = findOption(normalised, question);
    if (index === -1 || used.has(index)) return null;
    used.add(index);
    mapping.push(index);
  }
  return used.size > 0 ? mapping : null;
}

function findOption(normalised: string, question: Question): number {
  const texts = question.options.map((option) => normaliseText(option.text));
  const exact = texts.indexOf(normalised);
  if (exact !== -1) return exact;
  // Numbered scales: "1 Never justifiable", "2", … match by their number.
  const number = /^(\d+)\b/.exec(normalised)?.[1];
  if (number !== undefined) return texts.findIndex((text) => text.split(' ')[0] === number);
  let best = -1;
  let bestScore = MIN_OPTION_SIMILARITY;
  texts.forEach((text, index) => {
    const score = textSimilarity(normalised, text);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
