import { describe, expect, it } from 'vitest';
import { formatEstimate, formatInterval, formatValue } from './formatEstimate';

describe('formatValue', () => {
  it('rounds to two decimals and writes a true minus sign', () => {
    expect(formatValue(0.5349)).toBe('0.53');
    expect(formatValue(-0.126)).toBe('−0.13');
    expect(formatValue(1)).toBe('1.00');
  });

  it('calls missing values undefined, never 0', () => {
    expect(formatValue(null)).toBe('undefined');
    expect(formatValue(undefined)).toBe('undefined');
    expect(formatValue(Number.NaN)).toBe('undefined');
  });
});

describe('formatEstimate', () => {
  it('adds the 95 % interval when both ends exist', () => {
    expect(formatEstimate(0.53, 0.41, 0.664)).toBe('0.53 (95 % CI 0.41 to 0.66)');
  });

  it('leaves the interval out when an end is missing or the estimate is undefined', () => {
    expect(formatEstimate(0.53, null, 0.6)).toBe('0.53');
    expect(formatEstimate(0.53)).toBe('0.53');
    expect(formatEstimate(null, 0.1, 0.2)).toBe('undefined');
    expect(formatEstimate(0.2, Number.NaN, 0.3)).toBe('0.20');
  });
});

describe('formatInterval', () => {
  it('writes both ends, or nothing when one is missing', () => {
    expect(formatInterval(-0.1, 0.25)).toBe('95 % CI −0.10 to 0.25');
    expect(formatInterval(null, 0.25)).toBe('');
    expect(formatInterval(0.1, undefined)).toBe('');
    expect(formatInterval(Number.NaN, 0.2)).toBe('');
  });
});
