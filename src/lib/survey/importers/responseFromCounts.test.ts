import { describe, expect, it } from 'vitest';
import { syntheticQuestions } from '../../../../tests/microdata/syntheticBank.ts';
import { responseFromCounts } from './responseFromCounts.ts';

const [q1, , , , , q111, q289] = syntheticQuestions;

describe('responseFromCounts', () => {
  it('returns null when nothing was counted (empty, zeros or NaN)', () => {
    expect(responseFromCounts(q1!, [])).toBeNull();
    expect(responseFromCounts(q1!, [0, 0, 0, 0])).toBeNull();
    expect(responseFromCounts(q1!, [Number.NaN, 1, 0, 0])).toBeNull();
  });

  it('normalises weighted counts and computes the scale mean', () => {
    // counts [0.5, 1.5, 0, 0] → n 2, distribution [0.25, 0.75, 0, 0], mean 0.25·1 + 0.75·2 = 1.75.
    expect(responseFromCounts(q1!, [0.5, 1.5, 0, 0], 2)).toEqual({
      counts: [0.5, 1.5, 0, 0],
      n: 2,
      unweightedN: 2,
      distribution: [0.25, 0.75, 0, 0],
      mean: 1.75,
    });
  });

  it('leaves unweightedN out when not given', () => {
    expect(responseFromCounts(q1!, [1, 0, 0, 0])).not.toHaveProperty('unweightedN');
  });

  it('renormalises the mean over on-scale options and gives nominal questions none', () => {
    // Q111: values 1, 2 and an off-scale option. counts [1, 1, 2] → on-scale mass 0.5, mean (0.25·1 + 0.25·2)/0.5 = 1.5.
    expect(responseFromCounts(q111!, [1, 1, 2])?.mean).toBe(1.5);
    expect(responseFromCounts(q111!, [0, 0, 2])?.mean).toBeNull();
    expect(responseFromCounts(q289!, [1, 0, 0, 0, 1])?.mean).toBeNull();
  });
});
