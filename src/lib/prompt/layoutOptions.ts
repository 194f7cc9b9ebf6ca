import type { OptionOrder } from './types.ts';

/** Letters are single tokens in every common tokenizer; two-digit numbers are not, so we stop at Z. */
const LABEL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface OptionLayout {
  /** Labels in display order: "A", "B", … */
  labels: string[];
  /** optionIndexByLabel[i] = index in question.options of the option shown with labels[i]. */
  optionIndexByLabel: number[];
}

/** Assigns letter labels to a question's options shown in the given order. */
export function layoutOptions(optionCount: number, order: OptionOrder): OptionLayout {
  if (!Number.isInteger(optionCount) || optionCount < 1 || optionCount > LABEL_ALPHABET.length) {
    throw new Error(
      `A prompt needs between 1 and ${LABEL_ALPHABET.length} options, got ${optionCount}; check the question's options.`,
    );
  }
  const labels = [...LABEL_ALPHABET.slice(0, optionCount)];
  const originalIndexes = labels.map((_, index) => index);
  const optionIndexByLabel = order === 'original' ? originalIndexes : originalIndexes.reverse();
  return { labels, optionIndexByLabel };
}
