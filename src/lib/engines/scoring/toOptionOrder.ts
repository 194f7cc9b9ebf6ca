import type { Prompt } from '../../prompt/types';
import type { Distribution } from '../../survey/types';

/** Reorders probabilities from a prompt's label order into the question's option order. */
export function toOptionOrder(
  prompt: Pick<Prompt, 'labels' | 'optionIndexByLabel'>,
  probsByLabel: readonly number[],
): Distribution {
  const { labels, optionIndexByLabel } = prompt;
  if (probsByLabel.length !== labels.length || optionIndexByLabel.length !== labels.length) {
    throw new Error(
      `Cannot map ${probsByLabel.length} probabilities through ${optionIndexByLabel.length} option indexes ` +
        `for ${labels.length} labels; the scores do not belong to this prompt.`,
    );
  }
  const isPermutation =
    new Set(optionIndexByLabel).size === labels.length &&
    optionIndexByLabel.every((index) => Number.isInteger(index) && index >= 0 && index < labels.length);
  if (!isPermutation) {
    throw new Error(`optionIndexByLabel [${optionIndexByLabel.join(', ')}] is not a permutation of the options.`);
  }
  const byOption = new Array<number>(labels.length);
  optionIndexByLabel.forEach((optionIndex, labelIndex) => {
    byOption[optionIndex] = probsByLabel[labelIndex] as number;
  });
  return byOption as readonly number[] as Distribution;
}
