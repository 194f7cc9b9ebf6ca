import { describe, expect, it } from 'vitest';
import { combineOrders } from './combineOrders';
import { toDistribution } from './toDistribution';

describe('combineOrders', () => {
  it('averages the two orders option by option', () => {
    const original = toDistribution([0.6, 0.3, 0.1]);
    const reversed = toDistribution([0.2, 0.3, 0.5]);
    // ((0.6+0.2)/2, (0.3+0.3)/2, (0.1+0.5)/2) = (0.4, 0.3, 0.3)
    const combined = combineOrders({ original, reversed });
    expect(combined[0]).toBeCloseTo(0.4, 12);
    expect(combined[1]).toBeCloseTo(0.3, 12);
    expect(combined[2]).toBeCloseTo(0.3, 12);
  });

  it('returns a single order unchanged', () => {
    const reversed = toDistribution([0.2, 0.8]);
    expect(combineOrders({ reversed })).toBe(reversed);
  });

  it('rejects an item with no order', () => {
    expect(() => combineOrders({}, 'Q3/USA')).toThrow('Q3/USA: no distribution for either option order');
  });

  it('rejects orders of different lengths', () => {
    expect(() =>
      combineOrders({ original: toDistribution([1, 0]), reversed: toDistribution([1, 0, 0]) }, 'Q3/USA'),
    ).toThrow('Q3/USA: the original order has 2 options but the reversed order has 3');
  });
});
