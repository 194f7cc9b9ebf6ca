import type { Country } from './types.ts';

/**
 * The United States as a complete Country record, for tests (nothing in the app imports it); each test overrides
 * the fields it is about, so the other fields stay valid without being repeated.
 */
export function testCountry(overrides: Partial<Country> = {}): Country {
  return {
    id: 'USA',
    name: 'United States',
    isoNumeric: '840',
    atlasId: '840',
    wvsCode: 840,
    wvsAlpha: 'USA',
    zone: 'English-Speaking',
    zoneSource: 'tao2024',
    zoneNote: null,
    western: true,
    hasDistributions: true,
    iwCoords: null,
    ownPolygon: true,
    mapNote: null,
    ...overrides,
  };
}
