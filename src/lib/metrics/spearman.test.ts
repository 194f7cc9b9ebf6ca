import { describe, expect, it } from 'vitest';
import { spearman } from './spearman';

describe('spearman', () => {
  it('gives tied values their average rank', () => {
    // x = [1,2,2,3] → ranks [1, 2.5, 2.5, 4]; y = [1,3,2,4] → ranks [1,3,2,4]; both rank means 2.5
    // dx = [-1.5,0,0,1.5], dy = [-1.5,0.5,-0.5,1.5]
    // Σdxdy = 2.25+0+0+2.25 = 4.5, Σdx² = 4.5, Σdy² = 5 → ρ = 4.5/√22.5 = 0.9486832981
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(0.9486832981, 9);
  });

  it('is 1 for any monotone relation', () => {
    // ranks of [1,10,100] and [1,2,3] are identical
    expect(spearman([1, 10, 100], [1, 2, 3])).toBeCloseTo(1, 12);
  });

  it('is null when all values of a side tie, and for fewer than three pairs', () => {
    expect(spearman([4, 4, 4], [1, 2, 3])).toBeNull();
    expect(spearman([], [])).toBeNull();
    expect(spearman([1], [1])).toBeNull();
  });

  it('rejects NaN and unequal lengths', () => {
    expect(() => spearman([1, 2, 3], [1, NaN, 3])).toThrow('spearman: y[1] is NaN');
    expect(() => spearman([1, 2], [1, 2, 3])).toThrow('spearman: x has 2 values but y has 3');
  });
});
