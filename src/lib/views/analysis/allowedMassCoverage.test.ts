import { describe, expect, it } from 'vitest';
import { allowedMassCoverage, answersAtThreshold } from './allowedMassCoverage';

const item = (questionId: string, allowedMass: number) => ({ questionId, allowedMass });

describe('allowedMassCoverage', () => {
  it('reports no mean for a run without answers', () => {
    expect(allowedMassCoverage([])).toEqual({
      items: 0,
      meanAllowedMass: null,
      lowAllowedMassItems: 0,
      threshold: 0.5,
      byQuestion: [],
    });
  });

  it('averages and counts answers below 0.5: (1 + 0.4 + 0.7) / 3 = 0.7, one low', () => {
    const coverage = allowedMassCoverage([item('Q1', 1), item('Q1', 0.4), item('Q2', 0.7)]);
    expect(coverage.items).toBe(3);
    expect(coverage.meanAllowedMass).toBeCloseTo(0.7, 12);
    expect(coverage.lowAllowedMassItems).toBe(1);
  });

  it('reports the excluded answers and the mean mass off the labels per question', () => {
    // Q1: off-label 0 and 0.6 → mean 0.3, one excluded; Q2: 0.3 and 0.1 → 0.2, none excluded.
    const coverage = allowedMassCoverage([item('Q1', 1), item('Q2', 0.7), item('Q1', 0.4), item('Q2', 0.9)]);
    expect(coverage.byQuestion).toEqual([
      { questionId: 'Q1', items: 2, excludedItems: 1, meanOffLabelMass: expect.closeTo(0.3, 12) },
      { questionId: 'Q2', items: 2, excludedItems: 0, meanOffLabelMass: expect.closeTo(0.2, 12) },
    ]);
    // At threshold 0.8 the Q2 answer at 0.7 is excluded too: 2 in all.
    expect(allowedMassCoverage([item('Q1', 1), item('Q2', 0.7), item('Q1', 0.4), item('Q2', 0.9)], 0.8)).toMatchObject({
      lowAllowedMassItems: 2,
      threshold: 0.8,
    });
  });

  it('does not count an answer exactly at the threshold as low', () => {
    expect(allowedMassCoverage([item('Q1', 0.5)]).lowAllowedMassItems).toBe(0);
    expect(allowedMassCoverage([item('Q1', 0.5)], 0.6).lowAllowedMassItems).toBe(1);
  });
});

describe('answersAtThreshold', () => {
  const items = [item('Q1', 1), item('Q1', 0.4), item('Q2', 0.5), item('Q2', 0.49)];

  it('keeps the answers at or above the threshold, as many as the coverage does not count', () => {
    expect(answersAtThreshold(items, 0.5)).toEqual([item('Q1', 1), item('Q2', 0.5)]);
    expect(answersAtThreshold(items, 0.5)).toHaveLength(
      items.length - allowedMassCoverage(items, 0.5).lowAllowedMassItems,
    );
  });

  it('keeps every answer at threshold 0', () => {
    expect(answersAtThreshold(items, 0)).toEqual(items);
  });
});
