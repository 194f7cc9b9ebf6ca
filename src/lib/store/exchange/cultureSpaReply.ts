import type { Distribution } from '../../survey/types';
import { readObject, readString, readText } from '../../validate/fields';

/**
 * CultureSPA result files (Xu et al., arXiv:2410.12971): a JSON list of `{Q_id, question, option_lst, answer}`
 * where `answer` is the model's raw reply. The options were shown numbered by their WVS answer code (from 1, or
 * from 0 for the repository's `zero_questions`), so the first number in a reply IS the code it chose.
 */
export interface CultureSpaEntry {
  questionId: string;
  reply: string;
}

/** Refusals often end with a helpline number, which must not be read as an answer. */
const REFUSAL = /^\s*I (cannot|can't|can’t|won't)\b/i;

/**
 * The WVS code a reply chose, or null (never guessed) when it is a refusal or its first number is missing or
 * not one of `codes`.
 */
export function cultureSpaReplyCode(reply: string, codes: readonly number[]): number | null {
  if (REFUSAL.test(reply)) return null;
  const first = /\d+/.exec(reply);
  if (first === null) return null;
  const code = Number(first[0]);
  return codes.includes(code) ? code : null;
}

/** One-hot distribution on `code` in the question's option order: a single sampled answer. */
export function oneHotOnCode(code: number, codes: readonly number[]): Distribution {
  return codes.map((each) => (each === code ? 1 : 0)) as readonly number[] as Distribution;
}

/** Reads a CultureSPA result file's entries; throws naming the first entry that is not `{Q_id, answer}`. */
export function readCultureSpaEntries(value: unknown): CultureSpaEntry[] {
  if (!Array.isArray(value)) throw new Error('a CultureSPA result file is a JSON list of {Q_id, answer} entries');
  return value.map((raw: unknown, index) => {
    const where = `entry ${index + 1}`;
    const entry = readObject(raw, where);
    return { questionId: readString(entry, 'Q_id', where), reply: readText(entry, 'answer', where) };
  });
}
