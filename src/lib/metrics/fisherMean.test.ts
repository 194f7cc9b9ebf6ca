import { describe, expect, it } from 'vitest';
import { FISHER_CLAMP, fisherMean } from './fisherMean';

describe('fisherMean', () => {
  it('is tanh of the mean atanh', () => {
    // atanh(0.5) = 0.549306, atanh(0) = 0 → mean 0.274653 → tanh 0.267949 (= 2 − √3)
    expect(fisherMean([0.5, 0])).toBeCloseTo(2 - Math.sqrt(3), 12);
    // Symmetric values cancel exactly.
    expect(fisherMean([0.3, -0.3])).toBe(0);
  });

  it('clamps r = ±1 to ±0.999 so one perfect question does not decide the mean', () => {
    expect(FISHER_CLAMP).toBe(0.999);
    expect(fisherMean([1])).toBeCloseTo(0.999, 12);
    // atanh(0.999) = ½ ln 1999 = 3.800201, atanh(0) = 0 → tanh(1.900100) = (e^3.800201 − 1)/(e^3.800201 + 1) = 0.956246
    expect(fisherMean([1, 0])).toBeCloseTo(0.956246, 6);
  });

  it('leaves nulls out and is null without a value', () => {
    expect(fisherMean([null, 0.5, null])).toBeCloseTo(0.5, 12);
    expect(fisherMean([])).toBeNull();
    expect(fisherMean([null])).toBeNull();
  });
});
