import { describe, expect, it } from 'vitest';
import { signalPearsonOfFirst } from './signalPearson';

describe('signalPearsonOfFirst', () => {
  it('is Pearson r when both sides vary', () => {
    // x = 1,2,3 and y = 1,3,2: deviations (−1,0,1)·(−1,1,0) = 1; √(2·2) = 2 → r = 0.5
    expect(signalPearsonOfFirst([1, 2, 3], [1, 3, 2], 3)).toBeCloseTo(0.5, 12);
  });

  it('is 0 when people vary but the model gives every country the same answer', () => {
    expect(signalPearsonOfFirst([0.4, 0.4, 0.4], [0.1, 0.5, 0.9], 3)).toBe(0);
    // A spread within float noise is no spread.
    expect(signalPearsonOfFirst([0.4, 0.4 + 1e-15, 0.4], [0.1, 0.5, 0.9], 3)).toBe(0);
  });

  it('stays null when people do not vary or fewer than 3 pairs are compared', () => {
    expect(signalPearsonOfFirst([0.1, 0.5, 0.9], [0.3, 0.3, 0.3], 3)).toBeNull();
    expect(signalPearsonOfFirst([0.3, 0.3, 0.3], [0.3, 0.3, 0.3], 3)).toBeNull();
    expect(signalPearsonOfFirst([0.4, 0.4], [0.1, 0.9], 2)).toBeNull();
  });
});
