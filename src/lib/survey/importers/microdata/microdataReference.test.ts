import { describe, expect, it } from 'vitest';
import { microdataReferenceLabel, versionFromFileName } from './microdataReference.ts';

describe('versionFromFileName', () => {
  it.each([
    ['WVS_Cross-National_Wave_7_csv_v6_0.csv', 'v6.0'],
    ['WVS_Cross-National_Wave_7_csv_v5_0.csv', 'v5.0'],
    ['wvs7-v6.0.csv', 'v6.0'],
    ['WVS_Wave_7_V4_1_2.csv', 'v4.1.2'],
  ])('reads %s as %s', (fileName, version) => {
    expect(versionFromFileName(fileName)).toBe(version);
  });

  it.each(['', 'microdata.csv', 'Wave_7.csv', 'survey_2020_07.csv'])('finds no version in %j', (fileName) => {
    expect(versionFromFileName(fileName)).toBeNull();
  });
});

describe('microdataReferenceLabel', () => {
  it('names the release, the weighting and the country count', () => {
    expect(microdataReferenceLabel('WVS_Cross-National_Wave_7_csv_v6_0.csv', 66)).toBe(
      'WVS-7 v6.0, weighted, 66 countries',
    );
    expect(microdataReferenceLabel('export.csv', 1)).toBe('WVS-7 (export.csv), weighted, 1 country');
  });

  it('prefers the name the user typed', () => {
    expect(microdataReferenceLabel('export.csv', 3, '  My WVS copy ')).toBe('My WVS copy, weighted, 3 countries');
  });
});
