import { describe, expect, it } from 'vitest';
import { scoreFromFullVector } from './scoreFromFullVector';

const labels = ['A', 'B', 'C'];

describe('scoreFromFullVector with logits', () => {
  it('equals a hand-computed softmax for single-token labels', () => {
    // exp(1) = 2.718281828, exp(0) = 1, exp(2) = 7.389056099; sum = 11.107337927
    // softmax = [0.244728471, 0.090030573, 0.665240956]; all mass is on labels, so allowedMass = 1.
    const scores = scoreFromFullVector([1, 0, 2], [[0], [1], [2]], labels, 'logits');
    expect(scores.probs[0]).toBeCloseTo(0.244728471, 8);
    expect(scores.probs[1]).toBeCloseTo(0.090030573, 8);
    expect(scores.probs[2]).toBeCloseTo(0.665240956, 8);
    expect(scores.allowedMass).toBeCloseTo(1, 12);
    expect(scores.missingLabels).toEqual([]);
  });

  it('sums label variants and reports the mass of non-label tokens', () => {
    // Vocabulary: 0 "A", 1 " A", 2 "B", 3 "C", 4 "Hello". Logits are logs of [2, 1, 4, 1, 2] / 10,
    // so the softmax is [0.2, 0.1, 0.4, 0.1, 0.2]. A = 0.2 + 0.1 = 0.3, B = 0.4, C = 0.1, allowed = 0.8,
    // renormalised: [0.3 / 0.8, 0.4 / 0.8, 0.1 / 0.8] = [0.375, 0.5, 0.125].
    const logits = [Math.log(2), 0, Math.log(4), 0, Math.log(2)];
    const scores = scoreFromFullVector(logits, [[0, 1], [2], [3]], labels, 'logits');
    expect(scores.allowedMass).toBeCloseTo(0.8, 12);
    expect(scores.probs[0]).toBeCloseTo(0.375, 12);
    expect(scores.probs[1]).toBeCloseTo(0.5, 12);
    expect(scores.probs[2]).toBeCloseTo(0.125, 12);
  });

  it('stays finite for logits that overflow a naive exp()', () => {
    // exp(1000) is Infinity in float64; shifted by the max the weights are 1 and 3 → [0.25, 0.75].
    const scores = scoreFromFullVector(Float32Array.from([1000, 1000 + Math.log(3)]), [[0], [1]], ['A', 'B'], 'logits');
    expect(scores.probs[0]).toBeCloseTo(0.25, 4);
    expect(scores.probs[1]).toBeCloseTo(0.75, 4);
  });

  it('counts a token id listed twice for one label once', () => {
    // softmax of [0, 0] = [0.5, 0.5]; A's ids [0, 0] are one token, so A = 0.5, not 1.
    const scores = scoreFromFullVector([0, 0], [[0, 0]], ['A'], 'logits');
    expect(scores.allowedMass).toBeCloseTo(0.5, 12);
    expect(scores.probs).toEqual([1]);
  });

  it('fails clearly when the labels get zero probability', () => {
    const logits = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, 3];
    expect(() => scoreFromFullVector(logits, [[0], [1]], ['A', 'B'], 'logits')).toThrow(
      'The model gave no probability to any answer label (A, B)',
    );
  });

  it('rejects NaN, empty vectors, all −∞ and bad token ids', () => {
    expect(() => scoreFromFullVector([0, Number.NaN], [[0]], ['A'], 'logits')).toThrow(
      'Next-token logits hold NaN at token id 1',
    );
    expect(() => scoreFromFullVector([], [[0]], ['A'], 'logits')).toThrow('The next-token vector is empty');
    expect(() => scoreFromFullVector([Number.NEGATIVE_INFINITY], [[0]], ['A'], 'logits')).toThrow(
      'Every next-token logit is −∞',
    );
    expect(() => scoreFromFullVector([0, 0], [[5]], ['A'], 'logits')).toThrow(
      'Token id 5 of label A is outside the vocabulary (0…1).',
    );
    expect(() => scoreFromFullVector([0, 0], [[0], [0]], ['A', 'B'], 'logits')).toThrow(
      'Token id 0 is listed for both label A and label B.',
    );
    expect(() => scoreFromFullVector([0, 0], [[0], []], ['A', 'B'], 'logits')).toThrow('Label B has no token ids');
    expect(() => scoreFromFullVector([0, 0], [[0]], ['A', 'B'], 'logits')).toThrow(
      'Got token ids for 1 labels but the prompt has 2.',
    );
  });
});

describe('scoreFromFullVector with probabilities', () => {
  it('sums variant probabilities and renormalises', () => {
    // A = 0.1, B = 0.2 + 0.3 = 0.5; allowed 0.6; probs [0.1 / 0.6, 0.5 / 0.6] = [1/6, 5/6].
    const scores = scoreFromFullVector([0.1, 0.2, 0.3, 0.4], [[0], [1, 2]], ['A', 'B'], 'probabilities');
    expect(scores.allowedMass).toBeCloseTo(0.6, 12);
    expect(scores.probs[0]).toBeCloseTo(1 / 6, 12);
    expect(scores.probs[1]).toBeCloseTo(5 / 6, 12);
  });

  it('fails clearly on zero label mass and rejects negative probabilities', () => {
    expect(() => scoreFromFullVector([0, 0, 1], [[0], [1]], ['A', 'B'], 'probabilities')).toThrow(
      'The model gave no probability to any answer label (A, B)',
    );
    expect(() => scoreFromFullVector([0.5, -0.1], [[0]], ['A'], 'probabilities')).toThrow(
      'Next-token probability -0.1 at token id 1 is negative.',
    );
  });
});
