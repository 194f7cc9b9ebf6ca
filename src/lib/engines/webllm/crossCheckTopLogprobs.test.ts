import { describe, expect, it } from 'vitest';
import { crossCheckTopLogprobs } from './crossCheckTopLogprobs';

// e^logit = 5, 3, 2 → probabilities 0.5, 0.3, 0.2
const logits = Float32Array.from([5, 3, 2].map(Math.log));
const texts = ['A', 'B', 'C'];
const decode = (id: number) => texts[id] ?? '';

describe('crossCheckTopLogprobs', () => {
  it('accepts an empty report and a report that matches the logits', () => {
    expect(() => crossCheckTopLogprobs(logits, [], decode)).not.toThrow();
    expect(() =>
      crossCheckTopLogprobs(
        logits,
        [
          { token: 'A', logprob: Math.log(0.5) },
          { token: 'B', logprob: Math.log(0.3) },
        ],
        decode,
      ),
    ).not.toThrow();
  });

  it('accepts near-ties reported in the other order', () => {
    const tied = Float32Array.from([1, 1, 0]);
    // e^1/(2e + 1) = 0.4223 each
    const p = Math.E / (2 * Math.E + 1);
    expect(() =>
      crossCheckTopLogprobs(
        tied,
        [
          { token: 'B', logprob: Math.log(p) },
          { token: 'A', logprob: Math.log(p) },
        ],
        decode,
      ),
    ).not.toThrow();
  });

  it('rejects a token text the logits do not rank, naming it and our top tokens', () => {
    expect(() => crossCheckTopLogprobs(logits, [{ token: ' A', logprob: Math.log(0.5) }], decode)).toThrow(
      'WebLLM\'s top token #1 " A" (p = 0.5000) is not among the captured logits\' top tokens ["A" 0.5000]',
    );
  });

  it('rejects a matching text with a different probability (logits of another step)', () => {
    expect(() => crossCheckTopLogprobs(logits, [{ token: 'A', logprob: Math.log(0.9) }], decode)).toThrow(
      '#1 "A" (p = 0.9000)',
    );
  });
});
