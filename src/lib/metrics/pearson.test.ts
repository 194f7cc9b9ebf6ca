import { describe, expect, it } from 'vitest';
import { pearson } from './pearson';

describe('pearson', () => {
  it('matches a hand-worked example', () => {
    // x = [1,2,3,4] (mean 2.5), y = [2,4,5,9] (mean 5)
    // dx = [-1.5,-0.5,0.5,1.5], dy = [-3,-1,0,4]
    // Σdxdy = 4.5+0.5+0+6 = 11, Σdx² = 5, Σdy² = 9+1+0+16 = 26 → r = 11/√130 = 0.9647638212
    expect(pearson([1, 2, 3, 4], [2, 4, 5, 9])).toBeCloseTo(0.9647638212, 9);
  });

  it('is 1 and -1 for exact linear relations, on typed arrays too', () => {
    expect(pearson(Float64Array.of(1, 2, 3), Float64Array.of(10, 20, 30))).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it('is null (never 0) when either series is constant', () => {
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(pearson([0.3, 0.3, 0.3], [1, 2, 3])).toBeNull();
    // 0.1+0.2 and 0.3 differ by float noise only: still constant.
    expect(pearson([0.1 + 0.2, 0.3, 0.3], [1, 2, 3])).toBeNull();
  });

  it('is null for fewer than three pairs: empty, single, two', () => {
    expect(pearson([], [])).toBeNull();
    expect(pearson([1], [2])).toBeNull();
    expect(pearson([1, 2], [2, 1])).toBeNull();
  });

  it('rejects NaN and unequal lengths with a message', () => {
    expect(() => pearson([1, NaN, 3], [1, 2, 3])).toThrow('pearson: pair 1 is (NaN, 2)');
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow('pearson: x has 3 values but y has 2');
  });

  it('rejects infinite values, also when they cancel in a sum, but not finite values whose sum overflows', () => {
    expect(() => pearson([1, 2, 3], [1, Infinity, 3])).toThrow('pearson: pair 1 is (2, Infinity)');
    // Infinity + (−Infinity) is NaN: the first offending pair is still named.
    expect(() => pearson([Infinity, -Infinity, 3], [1, 2, 3])).toThrow('pearson: pair 0 is (Infinity, 1)');
    expect(() => pearson([Number.MAX_VALUE, Number.MAX_VALUE, 0], [1, 2, 3])).not.toThrow();
  });
});
