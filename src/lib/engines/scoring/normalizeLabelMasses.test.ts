import { describe, expect, it } from 'vitest';
import { normalizeLabelMasses, ZeroLabelMassError } from './normalizeLabelMasses';

describe('normalizeLabelMasses', () => {
  it('divides by the total and keeps missing labels', () => {
    // total 0.2 + 0.6 = 0.8 → [0.25, 0.75]
    const scores = normalizeLabelMasses([0.2, 0.6], ['A', 'B'], ['C']);
    expect(scores.probs[0]).toBeCloseTo(0.25, 12);
    expect(scores.probs[1]).toBeCloseTo(0.75, 12);
    expect(scores.allowedMass).toBeCloseTo(0.8, 12);
    expect(scores.missingLabels).toEqual(['C']);
  });

  it('clamps a label mass that float rounding puts just above 1 to 1 and still normalises', () => {
    // 0.6000000032 + 0.4000000032 = 1.0000000064 (a real server's logprob rounding).
    const scores = normalizeLabelMasses([0.6000000032, 0.4000000032], ['A', 'B']);
    expect(scores.allowedMass).toBe(1);
    expect(scores.probs[0]! + scores.probs[1]!).toBeCloseTo(1, 15);
    expect(scores.probs[0]).toBeCloseTo(0.6, 8);
  });

  it('rejects zero total, NaN, undefined-length mismatch and empty input with messages', () => {
    expect(() => normalizeLabelMasses([0, 0], ['A', 'B'])).toThrow('gave no probability to any answer label (A, B)');
    expect(() => normalizeLabelMasses([0, 0], ['A', 'B'])).toThrow(ZeroLabelMassError);
    expect(() => normalizeLabelMasses([], [])).toThrow('gave no probability to any answer label (none)');
    expect(() => normalizeLabelMasses([Number.NaN], ['A'])).toThrow('Probability of label A is NaN');
    expect(() => normalizeLabelMasses([0.5], ['A', 'B'])).toThrow('Got 1 label probabilities for 2 labels (A, B).');
  });
});
