import { describe, expect, it } from 'vitest';
import { ramezaniMeans, ramezaniToWvsScale } from './ramezaniMeans.ts';

const countryByRamezaniName = new Map([
  ['United States of America', 'USA'],
  ['Egypt', 'EGY'],
]);
const isPlainQuestion = (id: string) => id === 'Q182' || id === 'Q184';

describe('ramezaniToWvsScale', () => {
  it('USA homosexuality 0.2215256008359457 → 5.5 + 4.5 × 0.2215256008359457 = 5.5 + 0.99686520376175565 = 6.49686520376175565', () => {
    expect(ramezaniToWvsScale(0.2215256008359457)).toBeCloseTo(6.496865203762, 11);
  });

  it('maps the ends −1 and +1 to 1 ("never") and 10 ("always")', () => {
    expect(ramezaniToWvsScale(-1)).toBe(1);
    expect(ramezaniToWvsScale(1)).toBe(10);
  });
});

describe('ramezaniMeans', () => {
  it('joins item wording to Q ids and country names to ids, omitting blank cells', () => {
    const rows = [
      { country: 'United States of America', question: 'homosexuality', wvs_score: '0.2215256008359457' },
      // abortion: 5.5 + 4.5 × (−0.09622126996493961) = 5.5 − 0.432995714842228 = 5.067004285157772
      { country: 'United States of America', question: 'abortion', wvs_score: '-0.09622126996493961' },
      { country: 'Egypt', question: 'homosexuality', wvs_score: '' },
    ];
    const source = ramezaniMeans({ rows, countryByRamezaniName, isPlainQuestion });
    expect(source).toMatchObject({ id: 'ramezani', weighting: 'unweighted' });
    expect(source.means).toEqual({
      Q182: { USA: expect.closeTo(6.496865203762, 11) },
      Q184: { USA: expect.closeTo(5.067004285158, 11) },
    });
  });

  it('fails on an item it cannot map', () => {
    expect(() =>
      ramezaniMeans({
        rows: [{ country: 'Egypt', question: 'jaywalking', wvs_score: '0' }],
        countryByRamezaniName,
        isPlainQuestion,
      }),
    ).toThrow('wvs_w7_mcm.csv line 2: question "jaywalking" is not in RAMEZANI_ITEMS.');
  });

  it('fails on a country it cannot join', () => {
    expect(() =>
      ramezaniMeans({
        rows: [{ country: 'Atlantis', question: 'abortion', wvs_score: '0' }],
        countryByRamezaniName,
        isPlainQuestion,
      }),
    ).toThrow('wvs_w7_mcm.csv line 2: country "Atlantis" matches no ramezani_name in countries.csv.');
  });

  it('fails on a score outside −1…1', () => {
    expect(() =>
      ramezaniMeans({
        rows: [{ country: 'Egypt', question: 'abortion', wvs_score: '1.5' }],
        countryByRamezaniName,
        isPlainQuestion,
      }),
    ).toThrow('wvs_w7_mcm.csv line 2: wvs_score "1.5" for EGY Q184 maps to 12.25, outside 1…10.');
  });
});
