import { normalizeLabelMasses, type LabelScores } from './normalizeLabelMasses';

/** One alternative of OpenAI's `top_logprobs` list. */
export interface TopLogprob {
  token: string;
  logprob: number;
}

/**
 * The label a top-k token spells, or null. Surrounding whitespace is ignored, so "A", " A" and "A\n"
 * (separate tokens in most vocabularies) all count for A. Matching is case-sensitive: labels are capitals,
 * and a lowercase "a" is more often the English article than an answer.
 */
export function labelOfToken(token: string, labels: readonly string[]): string | null {
  const trimmed = token.trim();
  return labels.includes(trimmed) ? trimmed : null;
}

/** Servers round log 1 to tiny positives; anything larger is not a log-probability. */
export const MAX_LOGPROB = 1e-6;

/**
 * Option probabilities from a top-k list of the first answer token (OpenAI-compatible `top_logprobs`).
 * Variants of one label are summed; labels absent from the list are reported in missingLabels with
 * probability 0, so allowedMass is a lower bound of the true label mass.
 */
export function scoreFromTopLogprobs(topLogprobs: readonly TopLogprob[], labels: readonly string[]): LabelScores {
  const massByLabel = new Map<string, number>();
  topLogprobs.forEach(({ token, logprob }, index) => {
    if (Number.isNaN(logprob) || logprob > MAX_LOGPROB) {
      throw new Error(`top_logprobs[${index}] ("${token}") has logprob ${logprob}; expected a number ≤ 0.`);
    }
    const label = labelOfToken(token, labels);
    if (label !== null) massByLabel.set(label, (massByLabel.get(label) ?? 0) + Math.exp(Math.min(logprob, 0)));
  });
  const missingLabels = labels.filter((label) => !massByLabel.has(label));
  return normalizeLabelMasses(
    labels.map((label) => massByLabel.get(label) ?? 0),
    labels,
    missingLabels,
  );
}
