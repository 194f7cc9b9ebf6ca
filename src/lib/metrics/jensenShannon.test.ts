import { describe, expect, it } from 'vitest';
import { jensenShannonDistance, jensenShannonSimilarity } from './jensenShannon';

describe('jensenShannonDistance', () => {
  it('is 1 for disjoint support and 0 for identical distributions', () => {
    // p=[1,0], q=[0,1]: m=[.5,.5], KL(p‖m)=log2(2)=1, KL(q‖m)=1 → JSD = 1 → distance 1
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(1, 12);
    expect(jensenShannonDistance([0.2, 0.8], [0.2, 0.8])).toBe(0);
  });

  it('matches a hand-worked example', () => {
    // p=[.5,.5], q=[1,0]: m=[.75,.25]
    // KL(p‖m) = .5·log2(.5/.75) + .5·log2(.5/.25) = .5·(-0.5849625) + .5 = 0.2075187
    // KL(q‖m) = log2(1/.75) = 0.4150375
    // JSD = (0.2075187 + 0.4150375)/2 = 0.3112781 → distance √0.3112781 = 0.5579230
    expect(jensenShannonDistance([0.5, 0.5], [1, 0])).toBeCloseTo(0.557923045, 8);
  });

  it('is symmetric', () => {
    expect(jensenShannonDistance([0.7, 0.3], [0.5, 0.5])).toBeCloseTo(
      jensenShannonDistance([0.5, 0.5], [0.7, 0.3]),
      15,
    );
  });

  it('handles a single option', () => {
    expect(jensenShannonDistance([1], [1])).toBe(0);
  });

  it('rejects distributions of different lengths', () => {
    expect(() => jensenShannonDistance([1, 0], [1, 0, 0])).toThrow('p has 2 options but q has 3');
  });
});

describe('jensenShannonSimilarity', () => {
  it('is 1 − distance', () => {
    // 1 − 0.5579230 = 0.4420770
    expect(jensenShannonSimilarity([0.5, 0.5], [1, 0])).toBeCloseTo(0.442076955, 8);
    expect(jensenShannonSimilarity([1, 0], [0, 1])).toBeCloseTo(0, 12);
  });
});
