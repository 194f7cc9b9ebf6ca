/** Builders of OpenAI-shaped /chat/completions bodies for the fake server. */

export const FAKE_FINGERPRINT = 'fp_fake_openai';

/** Token that takes the probability not given to labels, when labelMass < 1. */
export const FILLER_TOKEN = 'I';

export interface LabelledChoice {
  label: string;
  probability: number;
}

function envelope(model: string, promptTokens: number, choices: unknown[]): Record<string, unknown> {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_733_011_200,
    model,
    system_fingerprint: FAKE_FINGERPRINT,
    choices,
    usage: { prompt_tokens: promptTokens, completion_tokens: 1, total_tokens: promptTokens + 1 },
  };
}

/**
 * An answer whose top_logprobs give each label ln(probability × labelMass). Labels with probability 0 are
 * left out rather than clamped, so a client that renormalises over labels gets the probabilities back
 * to float precision (≈1e-15), well inside a 1e-6 test tolerance; it will list them as missing labels.
 */
export function logprobsCompletion(
  model: string,
  promptTokens: number,
  labelled: readonly LabelledChoice[],
  labelMass: number,
): Record<string, unknown> {
  const alternatives = labelled
    .filter(({ probability }) => probability > 0)
    .map(({ label, probability }) => ({ token: label, probability: probability * labelMass }));
  if (labelMass < 1) alternatives.push({ token: FILLER_TOKEN, probability: 1 - labelMass });
  alternatives.sort((a, b) => b.probability - a.probability);
  const top = alternatives.map(({ token, probability }) => ({
    token,
    logprob: Math.log(probability),
    bytes: [...new TextEncoder().encode(token)],
  }));
  const chosen = top[0] ?? { token: FILLER_TOKEN, logprob: 0, bytes: [73] };
  return envelope(model, promptTokens, [
    {
      index: 0,
      message: { role: 'assistant', content: chosen.token },
      logprobs: { content: [{ ...chosen, top_logprobs: top }] },
      finish_reason: 'length',
    },
  ]);
}

/** An answer without log-probabilities, one choice per sampled text (servers that lack logprobs). */
export function sampledCompletion(
  model: string,
  promptTokens: number,
  contents: readonly string[],
): Record<string, unknown> {
  return envelope(
    model,
    promptTokens,
    contents.map((content, index) => ({
      index,
      message: { role: 'assistant', content },
      logprobs: null,
      finish_reason: 'length',
    })),
  );
}

/** Draws a label from the labelled probabilities with a uniform random number in [0, 1). */
export function drawLabel(labelled: readonly LabelledChoice[], uniform: number): string {
  let cumulative = 0;
  for (const { label, probability } of labelled) {
    cumulative += probability;
    if (uniform < cumulative) return label;
  }
  return labelled.findLast(({ probability }) => probability > 0)?.label ?? labelled.at(-1)?.label ?? FILLER_TOKEN;
}
