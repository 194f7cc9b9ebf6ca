import { describe, expect, it } from 'vitest';
import { allowedMassCoverage } from './allowedMassCoverage';

describe('allowedMassCoverage', () => {
  it('reports no mean for a run without answers', () => {
    expect(allowedMassCoverage([])).toEqual({
      items: 0,
      meanAllowedMass: null,
      lowAllowedMassItems: 0,
      threshold: 0.5,
    });
  });

  it('averages and counts answers below 0.5: (1 + 0.4 + 0.7) / 3 = 0.7, one low', () => {
    const coverage = allowedMassCoverage([{ allowedMass: 1 }, { allowedMass: 0.4 }, { allowedMass: 0.7 }]);
    expect(coverage.items).toBe(3);
    expect(coverage.meanAllowedMass).toBeCloseTo(0.7, 12);
    expect(coverage.lowAllowedMassItems).toBe(1);
  });

  it('does not count an answer exactly at the threshold as low', () => {
    expect(allowedMassCoverage([{ allowedMass: 0.5 }]).lowAllowedMassItems).toBe(0);
    expect(allowedMassCoverage([{ allowedMass: 0.5 }], 0.6).lowAllowedMassItems).toBe(1);
  });
});
