import type { TopLogprob } from '../scoring';

/** Probabilities from our float64 softmax and WebLLM's GPU softmax agree far better than this. */
const PROBABILITY_TOLERANCE = 2e-3;
/** Near-ties can swap places between the two computations; look a few ranks further. */
const EXTRA_RANKS = 3;

export class LogitCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogitCheckError';
  }
}

/**
 * Confirms the captured logits belong to the step WebLLM reported and that our tokenizer decodes like
 * WebLLM's: each reported top token must be among our top tokens with the same text and probability.
 * Throws LogitCheckError naming the first disagreement.
 */
export function crossCheckTopLogprobs(
  logits: Float32Array,
  reported: readonly TopLogprob[],
  decode: (id: number) => string,
): void {
  if (reported.length === 0) return;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of logits) if (value > max) max = value;
  let total = 0;
  for (const value of logits) total += Math.exp(value - max);
  const probability = (id: number) => Math.exp((logits[id] as number) - max) / total;

  const ranked = topIds(logits, reported.length + EXTRA_RANKS).map((id) => ({
    id,
    text: decode(id),
    p: probability(id),
  }));
  reported.forEach((entry, rank) => {
    const reportedP = Math.exp(entry.logprob);
    const match = ranked.find(
      (ours) => ours.text === entry.token && Math.abs(ours.p - reportedP) <= PROBABILITY_TOLERANCE,
    );
    if (!match) {
      const ours = ranked
        .slice(0, reported.length)
        .map((candidate) => `${JSON.stringify(candidate.text)} ${candidate.p.toFixed(4)}`)
        .join(', ');
      throw new LogitCheckError(
        `WebLLM's top token #${rank + 1} ${JSON.stringify(entry.token)} (p = ${reportedP.toFixed(4)}) is not among the captured logits' top tokens [${ours}].`,
      );
    }
  });
}

function topIds(values: Float32Array, count: number): number[] {
  const best: number[] = [];
  for (let id = 0; id < values.length; id += 1) {
    const value = values[id] as number;
    if (best.length === count && value <= (values[best[count - 1] as number] as number)) continue;
    const at = best.findIndex((other) => value > (values[other] as number));
    best.splice(at === -1 ? best.length : at, 0, id);
    if (best.length > count) best.pop();
  }
  return best;
}
