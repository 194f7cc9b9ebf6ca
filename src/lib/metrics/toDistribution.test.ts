import { describe, expect, it } from 'vitest';
import { toDistribution } from './toDistribution';

describe('toDistribution', () => {
  it('keeps a valid distribution', () => {
    expect([...toDistribution([0.25, 0.75])]).toEqual([0.25, 0.75]);
  });

  it('renormalises a sum within 1e-6 of 1', () => {
    // 0.5000004 + 0.5 = 1.0000004 → [0.5000004/1.0000004, 0.5/1.0000004]
    const dist = toDistribution([0.5000004, 0.5]);
    expect(dist[0]).toBeCloseTo(0.5000004 / 1.0000004, 15);
    expect(dist[1]).toBeCloseTo(0.5 / 1.0000004, 15);
  });

  it('accepts a single option', () => {
    expect([...toDistribution([1])]).toEqual([1]);
  });

  it('rejects an empty list', () => {
    expect(() => toDistribution([], 'Q1/USA')).toThrow('Q1/USA: no probabilities given');
  });

  it('rejects NaN, infinities and negatives, naming the position', () => {
    expect(() => toDistribution([0.5, NaN], 'Q1/USA')).toThrow('Q1/USA: probability 1 is NaN');
    expect(() => toDistribution([Infinity, 0])).toThrow('distribution: probability 0 is Infinity');
    expect(() => toDistribution([1.5, -0.5])).toThrow('probability 1 is -0.5');
  });

  it('rejects sums away from 1', () => {
    expect(() => toDistribution([0.5, 0.4], 'Q2/DEU')).toThrow('Q2/DEU: probabilities sum to 0.9, not 1');
    expect(() => toDistribution([0, 0])).toThrow('sum to 0, not 1');
  });
});
