import { describe, expect, it } from 'vitest';
import { pooledModalOption, sortRows } from './sortRows';
import { fixtureCountry, fixtureResponse } from './testFixtures';

const row = (id: string, counts: number[], mean: number | null) => ({
  country: fixtureCountry(id, id, '000'),
  response: fixtureResponse(counts, mean),
});

describe('sortRows', () => {
  it('is empty for no rows and keeps a single row', () => {
    expect(sortRows([])).toEqual([]);
    expect(sortRows([row('ETH', [1], 1)]).map((r) => r.country.id)).toEqual(['ETH']);
  });

  it('orders by mean, highest first, ties alphabetically', () => {
    const rows = [row('CHN', [1], 3.1), row('ETH', [1], 9.8), row('BRA', [1], 8.2), row('AUS', [1], 8.2)];
    expect(sortRows(rows).map((r) => r.country.id)).toEqual(['ETH', 'AUS', 'BRA', 'CHN']);
  });

  it('orders nominal rows by the share of the answer most common overall', () => {
    // option totals: 1+6+2 = 9 for option 0, 3+4+8 = 15 for option 1 → option 1 is modal;
    // its shares: A 3/4 = 0.75, B 4/10 = 0.4, C 8/10 = 0.8 → C, A, B
    const rows = [row('A', [1, 3], null), row('B', [6, 4], null), row('C', [2, 8], null)];
    expect(sortRows(rows).map((r) => r.country.id)).toEqual(['C', 'A', 'B']);
  });

  it('does not reorder its input', () => {
    const rows = [row('B', [1], 1), row('A', [1], 2)];
    sortRows(rows);
    expect(rows.map((r) => r.country.id)).toEqual(['B', 'A']);
  });
});

describe('pooledModalOption', () => {
  it('is −1 without rows and takes the first option on a tie', () => {
    expect(pooledModalOption([])).toBe(-1);
    expect(pooledModalOption([row('A', [2, 1], null), row('B', [1, 2], null)])).toBe(0);
  });
});
