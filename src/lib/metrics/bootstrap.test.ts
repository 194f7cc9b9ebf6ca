import { mean } from 'd3';
import { describe, expect, it } from 'vitest';
import { percentileBootstrap } from './bootstrap';

const sample = [3, 1, 4, 1, 5, 9, 2, 6];
const meanOf = (indices: number[]) => mean(indices, (index) => sample[index]) ?? null;

describe('percentileBootstrap', () => {
  it('reports the full-sample statistic as the estimate', () => {
    // (3+1+4+1+5+9+2+6)/8 = 31/8 = 3.875
    const result = percentileBootstrap(sample.length, meanOf, { resamples: 1000, seed: 7 });
    expect(result.estimate).toBeCloseTo(3.875, 12);
    expect(result.resamples).toBe(1000);
    expect(result.undefinedResamples).toBe(0);
    expect(result.low).not.toBeNull();
    expect(result.low as number).toBeLessThan(3.875);
    expect(result.high as number).toBeGreaterThan(3.875);
    // a resampled mean can never leave [min, max] = [1, 9]
    expect(result.low as number).toBeGreaterThanOrEqual(1);
    expect(result.high as number).toBeLessThanOrEqual(9);
  });

  it('is reproducible for a seed and changes with the seed', () => {
    const a = percentileBootstrap(sample.length, meanOf, { resamples: 1000, seed: 7 });
    const b = percentileBootstrap(sample.length, meanOf, { resamples: 1000, seed: 7 });
    const c = percentileBootstrap(sample.length, meanOf, { resamples: 1000, seed: 8 });
    expect(b).toEqual(a);
    expect([c.low, c.high]).not.toEqual([a.low, a.high]);
  });

  it('gives a zero-width interval for a constant sample', () => {
    const result = percentileBootstrap(3, () => 5, { resamples: 1000, seed: 1 });
    expect(result).toEqual({ estimate: 5, low: 5, high: 5, resamples: 1000, undefinedResamples: 0 });
  });

  it('puts the tails at the extremes when they are each 25 % likely', () => {
    // sample [0,1]: a resample mean is 0 (p=.25), .5 (p=.5) or 1 (p=.25); 2.5 % and 97.5 % quantiles land on 0 and 1
    const values = [0, 1];
    const result = percentileBootstrap(2, (indices) => mean(indices, (index) => values[index]) ?? null, {
      resamples: 1000,
      seed: 3,
    });
    expect(result.low).toBe(0);
    expect(result.high).toBe(1);
  });

  it('skips and counts resamples whose statistic is undefined', () => {
    // undefined when the resample holds a single distinct index (a zero-variance resample)
    let nulls = 0;
    const result = percentileBootstrap(
      2,
      (indices) => {
        if (new Set(indices).size < 2) {
          nulls += 1;
          return null;
        }
        return 1;
      },
      { resamples: 1000, seed: 5 },
    );
    // the full sample (indices 0,1) is defined; every other null came from a resample
    expect(result.undefinedResamples).toBe(nulls);
    expect(nulls).toBeGreaterThan(0);
    expect(result).toMatchObject({ estimate: 1, low: 1, high: 1 });
  });

  it('returns no interval when the estimate is undefined, the sample empty or resamples 0', () => {
    expect(percentileBootstrap(4, () => null, { resamples: 1000, seed: 1 })).toEqual({
      estimate: null,
      low: null,
      high: null,
      resamples: 0,
      undefinedResamples: 0,
    });
    expect(percentileBootstrap(0, () => 1, { resamples: 1000, seed: 1 }).estimate).toBeNull();
    expect(percentileBootstrap(sample.length, meanOf, { resamples: 0, seed: 1 })).toMatchObject({
      estimate: 3.875,
      low: null,
      high: null,
    });
  });

  it('rejects bad resample counts and confidence levels', () => {
    expect(() => percentileBootstrap(3, () => 1, { resamples: -1, seed: 1 })).toThrow('bootstrap: resamples is -1');
    expect(() => percentileBootstrap(3, () => 1, { resamples: 2.5, seed: 1 })).toThrow('resamples is 2.5');
    expect(() => percentileBootstrap(3, () => 1, { resamples: 10, seed: 1, confidence: 95 })).toThrow(
      'bootstrap: confidence is 95',
    );
  });
});
