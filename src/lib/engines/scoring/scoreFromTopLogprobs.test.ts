import { describe, expect, it } from 'vitest';
import { labelOfToken, scoreFromTopLogprobs } from './scoreFromTopLogprobs';

describe('scoreFromTopLogprobs', () => {
  it('sums " A" and "A", ignores other tokens and reports missing labels', () => {
    // A = 0.5 + 0.1 = 0.6, B = 0.2, C absent, "The" and lowercase "c" are not labels.
    // allowedMass = 0.8; probs = [0.6 / 0.8, 0.2 / 0.8, 0] = [0.75, 0.25, 0].
    const scores = scoreFromTopLogprobs(
      [
        { token: 'A', logprob: Math.log(0.5) },
        { token: 'B', logprob: Math.log(0.2) },
        { token: 'The', logprob: Math.log(0.12) },
        { token: ' A', logprob: Math.log(0.1) },
        { token: 'c', logprob: Math.log(0.03) },
      ],
      ['A', 'B', 'C'],
    );
    expect(scores.allowedMass).toBeCloseTo(0.8, 12);
    expect(scores.probs[0]).toBeCloseTo(0.75, 12);
    expect(scores.probs[1]).toBeCloseTo(0.25, 12);
    expect(scores.probs[2]).toBe(0);
    expect(scores.missingLabels).toEqual(['C']);
  });

  it('handles a single label that has all the mass', () => {
    const scores = scoreFromTopLogprobs([{ token: 'A\n', logprob: 0 }], ['A']);
    expect(scores.probs).toEqual([1]);
    expect(scores.allowedMass).toBe(1);
    expect(scores.missingLabels).toEqual([]);
  });

  it('fails clearly when no label is in the list, or the list is empty', () => {
    const message = 'The model gave no probability to any answer label (A, B)';
    expect(() => scoreFromTopLogprobs([{ token: 'I', logprob: -0.1 }], ['A', 'B'])).toThrow(message);
    expect(() => scoreFromTopLogprobs([], ['A', 'B'])).toThrow(message);
  });

  it('treats −∞ as zero probability and rejects NaN and positive logprobs', () => {
    const scores = scoreFromTopLogprobs(
      [
        { token: 'A', logprob: Number.NEGATIVE_INFINITY },
        { token: 'B', logprob: -1 },
      ],
      ['A', 'B'],
    );
    expect(scores.probs).toEqual([0, 1]);
    expect(() => scoreFromTopLogprobs([{ token: 'A', logprob: Number.NaN }], ['A'])).toThrow(
      'top_logprobs[0] ("A") has logprob NaN; expected a number ≤ 0.',
    );
    expect(() => scoreFromTopLogprobs([{ token: 'A', logprob: 0.5 }], ['A'])).toThrow('has logprob 0.5');
  });

  it('reads a server-rounded log 1 as certainty, with the same ceiling the response parser uses', () => {
    const rounded = scoreFromTopLogprobs(
      [
        { token: 'A', logprob: 5e-7 },
        { token: 'B', logprob: Math.log(1e-12) },
      ],
      ['A', 'B'],
    );
    expect(rounded.probs[0]).toBeCloseTo(1, 9);
    expect(() => scoreFromTopLogprobs([{ token: 'A', logprob: 2e-6 }], ['A'])).toThrow('has logprob 0.000002');
  });
});

describe('labelOfToken', () => {
  it('trims whitespace and matches case-sensitively', () => {
    const labels = ['A', 'B'];
    expect(labelOfToken(' B', labels)).toBe('B');
    expect(labelOfToken('\tA\n', labels)).toBe('A');
    expect(labelOfToken('a', labels)).toBeNull();
    expect(labelOfToken('AB', labels)).toBeNull();
    expect(labelOfToken('', labels)).toBeNull();
  });
});
