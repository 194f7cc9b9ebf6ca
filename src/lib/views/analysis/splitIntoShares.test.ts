import { describe, expect, it } from 'vitest';
import { splitIntoShares } from './splitIntoShares';

describe('splitIntoShares', () => {
  it('splits 20 runs over 3 workers as 7 + 7 + 6, in order', () => {
    const runs = Array.from({ length: 20 }, (_, i) => i);
    const shares = splitIntoShares(runs, 3);
    expect(shares.map((share) => share.length)).toEqual([7, 7, 6]);
    expect(shares.flat()).toEqual(runs);
  });

  it('gives one share per item when there are fewer items than shares, and none for no items', () => {
    expect(splitIntoShares(['a', 'b'], 4)).toEqual([['a'], ['b']]);
    expect(splitIntoShares([], 4)).toEqual([]);
  });

  it('keeps everything in one share for one worker', () => {
    expect(splitIntoShares([1, 2, 3], 1)).toEqual([[1, 2, 3]]);
  });

  it('refuses a share count that is not a whole number ≥ 1', () => {
    expect(() => splitIntoShares([1], 0)).toThrow('count is 0');
    expect(() => splitIntoShares([1], 1.5)).toThrow('count is 1.5');
  });
});
