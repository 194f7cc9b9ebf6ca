import { describe, expect, it } from 'vitest';
import { trustBenchMeans, trustBenchToWvsScale } from './trustBenchMeans.ts';

const countryByWvsCode = new Map([
  [840, 'USA'],
  [909, 'NIR'],
]);
const isPlainQuestion = (id: string) => ['Q57', 'Q58', 'Q83'].includes(id);

describe('trustBenchToWvsScale', () => {
  it('Q57 (K = 2): USA Q57P 1.3718209032083428 → 3 − 1.3718209032083428 = 1.6281790967916572', () => {
    expect(trustBenchToWvsScale(57, 1.3718209032083428)).toBeCloseTo(1.6281790967916572, 12);
  });

  it('Q58 (K = 4): USA Q58P 3.5281046824281432 → 5 − 3.5281046824281432 = 1.4718953175718568', () => {
    expect(trustBenchToWvsScale(58, 3.5281046824281432)).toBeCloseTo(1.4718953175718568, 12);
  });
});

describe('trustBenchMeans', () => {
  it('turns every P column into WVS-scale means, skips blank cells and the Q292 module', () => {
    const rows = [
      {
        B_COUNTRY: '840',
        N_respondents: '2596',
        Q57P: '1.3718209032083428',
        Q58P: '3.5281046824281432',
        Q83P: '',
        Q292A: '3.1',
      },
      {
        B_COUNTRY: '909',
        N_respondents: '447',
        Q57P: '1.3980109680255286',
        Q58P: '',
        Q83P: '2.570518396739637',
        Q292A: '',
      },
    ];
    const source = trustBenchMeans({ rows, countryByWvsCode, isPlainQuestion });
    expect(source).toMatchObject({ id: 'trustbench', weighting: 'weighted', citationId: 'trustbench' });
    expect(Object.keys(source.means)).toEqual(['Q57', 'Q58', 'Q83']);
    // NIR Q57: 3 − 1.3980109680255286 = 1.6019890319744714; NIR Q83: 5 − 2.570518396739637 = 2.429481603260363
    expect(source.means['Q57']?.['NIR']).toBeCloseTo(1.6019890319744714, 12);
    expect(source.means['Q83']).toEqual({ NIR: expect.closeTo(2.429481603260363, 12) });
    expect(source.means['Q58']).toEqual({ USA: expect.closeTo(1.4718953175718568, 12) });
  });

  it('returns empty means for no rows', () => {
    expect(trustBenchMeans({ rows: [], countryByWvsCode, isPlainQuestion }).means).toEqual({});
  });

  it('fails on an unknown country code', () => {
    expect(() =>
      trustBenchMeans({ rows: [{ B_COUNTRY: '999', Q57P: '1.5' }], countryByWvsCode, isPlainQuestion }),
    ).toThrow('TrustBench row B_COUNTRY=999 matches no b_country in countries.csv.');
  });

  it('fails on a column whose question is adjusted or missing', () => {
    expect(() =>
      trustBenchMeans({ rows: [{ B_COUNTRY: '840', Q64P: '2' }], countryByWvsCode, isPlainQuestion }),
    ).toThrow('TrustBench column Q64P maps to Q64, which is not an unadjusted question in the bank.');
  });

  it('fails on a value that lands off the scale (or is not a number)', () => {
    expect(() =>
      trustBenchMeans({ rows: [{ B_COUNTRY: '840', Q57P: '2.5' }], countryByWvsCode, isPlainQuestion }),
    ).toThrow('TrustBench Q57P for USA is "2.5", which maps to 0.5, outside 1…2.');
    expect(() =>
      trustBenchMeans({ rows: [{ B_COUNTRY: '840', Q58P: 'n/a' }], countryByWvsCode, isPlainQuestion }),
    ).toThrow('TrustBench Q58P for USA is "n/a", which maps to NaN, outside 1…4.');
  });
});
