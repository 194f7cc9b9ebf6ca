import type { Country, Distribution, HumanResponse, Question } from '../../survey/types';

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

/** A question of the given scale whose options, coded 1, 2, … in order, have these texts and values. */
export function fixtureQuestion(
  scaleType: Question['scaleType'],
  options: readonly (readonly [text: string, value: number | null])[],
): Question {
  return {
    id: 'QX',
    label: 'X',
    text: 'X?',
    category: 'religious-values',
    scaleType,
    flags: [],
    options: options.map(([text, value], index) => ({ code: index + 1, text, value })),
  };
}
