import { describe, expect, it } from 'vitest';
import { pearson } from './pearson';
import { averageRanks, spearman } from './spearman';

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

  it('gives each run of tied values its average rank, short series and long', () => {
    // Values ⌊i/2⌋ in descending order: value k sits at sorted positions 2k and 2k+1, so both get rank 2k + 0.5.
    for (const n of [20, 200]) {
      const values = Array.from({ length: n }, (_, i) => Math.floor((n - 1 - i) / 2));
      const expected = values.map((value) => 2 * value + 0.5);
      expect(Array.from(averageRanks(values, 'x'))).toEqual(expected);
    }
  });

  it('equals Pearson of the hand-made average ranks on a long series', () => {
    // 100 values cycling 0,1,2,3 (25 of each: value v takes sorted positions 25v … 25v+24, rank 25v + 12) against
    // the index, whose ranks are the index itself.
    const x = Array.from({ length: 100 }, (_, i) => i % 4);
    const y = Array.from({ length: 100 }, (_, i) => i);
    const xRanks = x.map((value) => 25 * value + 12);
    expect(spearman(x, y)).toBeCloseTo(pearson(xRanks, y) as number, 12);
  });
});
