import { describe, expect, it } from 'vitest';
import type { ComparedRun } from './compareItems';
import type { RunCross } from './crossStatistics';
import { groupMeanOnCross } from './countryGroupsOnCross';
import { twoWayBootstrap } from './twoWayBootstrap';

// 3 questions × 4 countries, question-major. Country 0's model rises with people (r = 1), country 1's falls
// (r = −1); countries 2 and 3 are outside the zone.
const model = [0.1, 0.9, 0.5, 0.5, 0.5, 0.5, 0.1, 0.9, 0.9, 0.1, 0.9, 0.1];
const human = [0.2, 0.2, 0.3, 0.3, 0.4, 0.4, 0.1, 0.9, 0.6, 0.6, 0.8, 0.2];
const run = {
  questions: [{}, {}, {}],
  countryCount: 4,
  modelNormalised: Float64Array.from(model),
  humanNormalised: Float64Array.from(human),
} as unknown as ComparedRun;
const cross: RunCross = { run, columns: Int32Array.from([0, 1, 2, 3]) };
const zone = [true, true, false, false];

describe('groupMeanOnCross (a zone mean of per-country r)', () => {
  const zoneMean = groupMeanOnCross(cross, zone, false);

  it('averages the per-country r of the zone members drawn, repeats counted', () => {
    expect(zoneMean([0, 1, 2], [0, 1, 2, 3])).toBeCloseTo(0, 12);
    // Country 0 drawn twice and country 1 never: the mean is country 0's r.
    expect(zoneMean([0, 1, 2], [0, 0, 2, 3])).toBeCloseTo(1, 12);
    expect(zoneMean([0, 1, 2], [1, 2, 2, 3])).toBeCloseTo(-1, 12);
  });

  it('is null when no member is drawn or no member has a defined r', () => {
    expect(zoneMean([0, 1, 2], [2, 3, 2, 3])).toBeNull();
    // The same question three times: every country's model is constant, r undefined.
    expect(zoneMean([0, 0, 0], [0, 1, 2, 3])).toBeNull();
  });

  it('withholds the interval when the zone has fewer than 8 countries, however many are drawn', () => {
    const result = twoWayBootstrap(5, 10, () => 0.5, { resamples: 100, seed: 1, groupCountries: 2 });
    expect(result).toMatchObject({ estimate: 0.5, low: null, high: null, withheld: 'too-few-countries' });
    expect(twoWayBootstrap(5, 10, () => 0.5, { resamples: 100, seed: 1, groupCountries: 8 }).withheld).toBeNull();
  });
});
