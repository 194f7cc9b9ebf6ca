import { describe, expect, it } from 'vitest';
import { readDistribution } from './readDistribution';

describe('readDistribution', () => {
  it('accepts a distribution whose sum is within 1e-6 of 1', () => {
    // 0.1 + 0.2 + 0.7 = 0.9999999999999999 in floating point: within tolerance.
    expect(readDistribution({ p: [0.1, 0.2, 0.7] }, 'p', 'item', 3)).toEqual([0.1, 0.2, 0.7]);
    expect(readDistribution({ p: [1] }, 'p', 'item')).toEqual([1]);
  });

  it('rejects sums off by more than 1e-6', () => {
    // 0.5 + 0.5 + 0.00001 = 1.00001: off by 1e-5.
    expect(() => readDistribution({ p: [0.5, 0.5, 0.00001] }, 'p', 'item 3')).toThrow(
      'item 3: "p" is not a probability distribution: it sums to 1.00001, expected 1 (±0.000001)',
    );
  });

  it('rejects empty lists, wrong lengths and values outside 0…1', () => {
    expect(() => readDistribution({ p: [] }, 'p', 'item')).toThrow(
      'item: "p" is not a probability distribution: it has no entries',
    );
    expect(() => readDistribution({ p: [0.5, 0.5] }, 'p', 'item', 4)).toThrow(
      'item: "p" has 2 probabilities but the question has 4 options',
    );
    expect(() => readDistribution({ p: [1.5, -0.5] }, 'p', 'item')).toThrow(
      'item: "p" is not a probability distribution: entry 1 is -0.5, expected a finite number ≥ 0',
    );
    expect(() => readDistribution({ p: [0.5, Number.NaN] }, 'p', 'item')).toThrow(
      '"p" must be a list of finite numbers',
    );
  });
});
