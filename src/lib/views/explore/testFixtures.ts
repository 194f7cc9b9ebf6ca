import type { Country, Distribution, HumanResponse } from '../../survey/types';

/** A country with only the fields Explore reads made meaningful. */
export function fixtureCountry(id: string, name: string, atlasId: string, ownPolygon = true): Country {
  return {
    id,
    name,
    atlasId,
    ownPolygon,
    isoNumeric: ownPolygon ? atlasId : null,
    wvsCode: 0,
    wvsAlpha: id,
    zone: 'English-Speaking',
    zoneSource: 'tao2024',
    zoneNote: null,
    western: false,
    hasDistributions: true,
    iwCoords: null,
    mapNote: null,
  };
}

/** A response from raw counts: distribution = counts / n, mean as given (computed by hand in each test). */
export function fixtureResponse(counts: number[], mean: number | null): HumanResponse {
  const n = counts.reduce((sum, count) => sum + count, 0);
  return { counts, n, distribution: counts.map((count) => count / n) as unknown as Distribution, mean };
}
