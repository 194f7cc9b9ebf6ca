import { describe, expect, it } from 'vitest';
import { makeCountry } from './testing/fixtures';
import { westernGap } from './westernGap';
import { zoneMeans } from './zoneMeans';

const countries = [
  makeCountry('USA', { western: true, zone: 'English-Speaking' }),
  makeCountry('DEU', { western: true, zone: 'Protestant Europe' }),
  makeCountry('NGA', { western: false, zone: 'African-Islamic' }),
  makeCountry('KEN', { western: false, zone: 'African-Islamic' }),
  makeCountry('CHN', { western: false, zone: 'Confucian' }),
];

describe('westernGap', () => {
  it('subtracts the non-Western mean from the Western mean and lists both groups', () => {
    // Western (.8 + .6)/2 = .7; non-Western (.5 + .3)/2 = .4 (CHN undefined) → gap .3
    const result = westernGap(countries, [
      { countryId: 'USA', value: 0.8 },
      { countryId: 'DEU', value: 0.6 },
      { countryId: 'NGA', value: 0.5 },
      { countryId: 'KEN', value: 0.3 },
      { countryId: 'CHN', value: null },
      { countryId: 'XXX', value: 0.9 },
    ]);
    expect(result.western).toEqual({ mean: 0.7, members: ['USA', 'DEU'], undefinedMembers: [] });
    expect(result.nonWestern).toEqual({ mean: 0.4, members: ['NGA', 'KEN'], undefinedMembers: ['CHN'] });
    expect(result.gap).toBeCloseTo(0.3, 12);
  });

  it('is null when a group has no defined value', () => {
    const result = westernGap(countries, [{ countryId: 'USA', value: 0.8 }]);
    expect(result.nonWestern).toEqual({ mean: null, members: [], undefinedMembers: [] });
    expect(result.gap).toBeNull();
    expect(westernGap(countries, []).gap).toBeNull();
  });
});

describe('zoneMeans', () => {
  it('averages per zone in alphabetical order', () => {
    // African-Islamic (.5 + .3)/2 = .4; Confucian none defined; English-Speaking .8
    expect(
      zoneMeans(countries, [
        { countryId: 'USA', value: 0.8 },
        { countryId: 'NGA', value: 0.5 },
        { countryId: 'KEN', value: 0.3 },
        { countryId: 'CHN', value: null },
      ]),
    ).toEqual([
      { zone: 'African-Islamic', mean: 0.4, members: ['NGA', 'KEN'], undefinedMembers: [], interval: null },
      { zone: 'Confucian', mean: null, members: [], undefinedMembers: ['CHN'], interval: null },
      { zone: 'English-Speaking', mean: 0.8, members: ['USA'], undefinedMembers: [], interval: null },
    ]);
  });

  it('is empty without values', () => {
    expect(zoneMeans(countries, [])).toEqual([]);
  });
});
