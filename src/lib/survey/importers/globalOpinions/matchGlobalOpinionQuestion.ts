import type { Question } from '../../types.ts';
import { mapAnswerOptions } from './mapAnswerOptions.ts';
import { normaliseText, textSimilarity } from './textSimilarity.ts';

export type QuestionMatch =
  | { matched: true; question: Question; score: number; optionMap: (number | null)[] }
  | { matched: false; reason: string };

const MIN_TEXT_SCORE = 0.5;
/** Closer runners-up than this make the match ambiguous (e.g. two items of one battery). */
const MIN_MARGIN = 0.02;

/**
 * Finds the bank question a GlobalOpinionQA row asks: the highest text score among questions whose options
 * map onto the row's options. The text score averages Dice similarity and containment (the share of the
 * shorter text's words found in the longer), because GlobalOpinionQA often prefixes a battery's shared
 * instructions to the item while the bank states the item alone.
 */
export function matchGlobalOpinionQuestion(
  questionText: string,
  options: readonly string[],
  bank: readonly Question[],
): QuestionMatch {
  const scored: { question: Question; score: number; optionMap: (number | null)[] }[] = [];
  for (const question of bank) {
    const optionMap = mapAnswerOptions(options, question);
    if (optionMap === null) continue;
    scored.push({ question, optionMap, score: textScore(questionText, question.text) });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best === undefined) return { matched: false, reason: 'no question in the bank has these answer options' };
  if (best.score < MIN_TEXT_SCORE) {
    return {
      matched: false,
      reason: `closest text is ${best.question.id} with score ${best.score.toFixed(2)} (needs ${MIN_TEXT_SCORE})`,
    };
  }
  if (second !== undefined && best.score - second.score < MIN_MARGIN) {
    return { matched: false, reason: `ambiguous between ${best.question.id} and ${second.question.id}` };
  }
  return { matched: true, ...best };
}

function textScore(a: string, b: string): number {
  return (textSimilarity(a, b) + containment(a, b)) / 2;
}

function containment(a: string, b: string): number {
  const wordsA = normaliseText(a).split(' ').filter(Boolean);
  const wordsB = normaliseText(b).split(' ').filter(Boolean);
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  if (shorter.length === 0) return 0;
  const available = new Map<string, number>();
  for (const word of longer) available.set(word, (available.get(word) ?? 0) + 1);
  let found = 0;
  for (const word of shorter) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      found += 1;
      available.set(word, left - 1);
    }
  }
  return found / shorter.length;
}
