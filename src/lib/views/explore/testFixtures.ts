import { testCountry } from '../../survey/testCountry';
import type { Country, Distribution, HumanResponse, Question } from '../../survey/types';

/** A country with only the fields Explore reads made meaningful. */
export function fixtureCountry(id: string, name: string, atlasId: string, ownPolygon = true): Country {
  return testCountry({
    id,
    name,
    atlasId,
    ownPolygon,
    isoNumeric: ownPolygon ? atlasId : null,
    wvsCode: 0,
    wvsAlpha: id,
    western: false,
  });
}

/** Question QX with options coded 1, 2, … in the order given as [text, value]. */
export function fixtureQuestion(scaleType: Question['scaleType'], options: [string, number | null][]): Question {
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

/** A response from raw counts: distribution = counts / n, mean as given (computed by hand in each test). */
export function fixtureResponse(counts: number[], mean: number | null): HumanResponse {
  const n = counts.reduce((sum, count) => sum + count, 0);
  return { counts, n, distribution: counts.map((count) => count / n) as unknown as Distribution, mean };
}
