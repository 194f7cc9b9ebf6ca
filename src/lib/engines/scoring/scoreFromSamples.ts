import { normalizeLabelMasses, type LabelScores } from './normalizeLabelMasses';

/**
 * The label a sampled answer starts with, or null. Accepts "B", " B", "B.", "B) Agree", "(B)";
 * rejects "Because …" (a letter followed by more letters) and lowercase letters (see labelOfToken).
 */
export function parseAnswerLabel(answer: string, labels: readonly string[]): string | null {
  const match = /^\(?([A-Z])(?![A-Za-z])/.exec(answer.trim());
  const letter = match?.[1];
  return letter !== undefined && labels.includes(letter) ? letter : null;
}

/**
 * Option probabilities estimated from N sampled answers: counts / parsable answers.
 * allowedMass is the share of answers that named a label. An approximation, unlike logprob-based scores.
 */
export function scoreFromSamples(
  answers: readonly string[],
  labels: readonly string[],
): LabelScores & { samples: number } {
  if (answers.length === 0) throw new Error('No sampled answers to count; ask for at least one sample.');
  const counts = new Map<string, number>();
  for (const answer of answers) {
    const label = parseAnswerLabel(answer, labels);
    if (label !== null) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const scores = normalizeLabelMasses(
    labels.map((label) => (counts.get(label) ?? 0) / answers.length),
    labels,
  );
  return { ...scores, samples: answers.length };
}
