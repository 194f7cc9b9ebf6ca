import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../validate/fields.ts';
import { checkedDistribution, distributionProblem } from './distributionSum.ts';

describe('distributionProblem', () => {
  it('accepts distributions summing to 1, including a single certain option and float noise below 1e-6', () => {
    expect(distributionProblem([1])).toBeNull();
    expect(distributionProblem([0.1, 0.2, 0.7])).toBeNull(); // 0.1 + 0.2 + 0.7 = 0.9999999999999999 in floats
    expect(distributionProblem([0.5, 0.5 + 5e-10])).toBeNull();
  });

  it('rejects an empty list', () => {
    expect(distributionProblem([])).toBe('it has no entries');
  });

  it('rejects a sum off by more than 1e-6', () => {
    expect(distributionProblem([0.5, 0.5 + 2e-6])).toMatch(/^it sums to 1\.00000\d+, expected 1 \(±0\.000001\)$/);
    expect(distributionProblem([0.25, 0.25])).toBe('it sums to 0.5, expected 1 (±0.000001)');
  });

  it('rejects NaN, infinite and negative entries by position', () => {
    expect(distributionProblem([Number.NaN, 1])).toBe('entry 0 is NaN, expected a finite number ≥ 0');
    expect(distributionProblem([1, Number.POSITIVE_INFINITY])).toBe(
      'entry 1 is Infinity, expected a finite number ≥ 0',
    );
    expect(distributionProblem([1.5, -0.5])).toBe('entry 1 is -0.5, expected a finite number ≥ 0');
  });
});

describe('checkedDistribution', () => {
  it('returns the values unchanged, or names the field and the problem', () => {
    expect([...checkedDistribution([0.25, 0.75], 'r: "p"')]).toEqual([0.25, 0.75]);
    expect(() => checkedDistribution([0.25, 0.25], 'r: "p"')).toThrow(
      new InvalidInputError('r: "p" is not a probability distribution: it sums to 0.5, expected 1 (±0.000001)'),
    );
  });
});
