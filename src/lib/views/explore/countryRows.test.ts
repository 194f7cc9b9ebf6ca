import { describe, expect, it } from 'vitest';
import type { HumanReference } from '../../survey/types';
import { countryRows, rowsWithData } from './countryRows';
import { fixtureCountry, fixtureResponse } from './testFixtures';

const ethiopia = fixtureCountry('ETH', 'Ethiopia', '231');
const singapore = fixtureCountry('SGP', 'Singapore', '702');
const ethiopiaQ164 = fixtureResponse([1, 3], 1.75);
const reference: HumanReference = {
  id: 'test',
  label: 'Test',
  weighting: 'unweighted',
  responses: { Q164: { ETH: ethiopiaQ164 } },
};

describe('countryRows', () => {
  it('is empty without countries', () => {
    expect(countryRows([], reference, 'Q164')).toEqual([]);
  });

  it('gives every country a row, null where the reference has no answers', () => {
    expect(countryRows([ethiopia, singapore], reference, 'Q164')).toEqual([
      { country: ethiopia, response: ethiopiaQ164 },
      { country: singapore, response: null },
    ]);
  });

  it('gives all-null rows for a question the reference does not cover', () => {
    expect(countryRows([ethiopia], reference, 'Q1').map((row) => row.response)).toEqual([null]);
  });
});

describe('rowsWithData', () => {
  it('keeps only rows with answers', () => {
    const rows = countryRows([ethiopia, singapore], reference, 'Q164');
    expect(rowsWithData(rows).map((row) => row.country.id)).toEqual(['ETH']);
    expect(rowsWithData([])).toEqual([]);
  });
});
