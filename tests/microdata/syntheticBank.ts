import type { AnswerOption, Country, Question } from '../../src/lib/survey/types.ts';

function question(id: string, scaleType: Question['scaleType'], options: AnswerOption[]): Question {
  return { id, text: `Synthetic question ${id}?`, label: id, category: 'social-values', scaleType, options, flags: [] };
}

function ordinal(id: string, codes: readonly number[]): Question {
  return question(
    id,
    codes.length === 2 ? 'binary' : 'ordinal',
    codes.map((code, index) => ({ code, text: `option ${code}`, value: index + 1 })),
  );
}

/**
 * A small bank with the shapes that matter to an importer: plain 1..K scales, a 0–10 scale, recoded scales
 * whose option order differs from code order (like Q56 and Q119), an off-scale option and a nominal question.
 */
export const syntheticQuestions: Question[] = [
  ordinal('Q1', [1, 2, 3, 4]),
  ordinal('Q2', [1, 2]),
  // Like Q56 after WorldValuesBench's 2↔3 swap: code 3 sits between codes 1 and 2.
  ordinal('Q56', [1, 3, 2]),
  // Like Q119: code 0 ("hard to say") sits in the middle of the scale.
  ordinal('Q119', [1, 2, 0, 3, 4]),
  ordinal('Q158', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
  question('Q111', 'ordinal', [
    { code: 1, text: 'first', value: 1 },
    { code: 2, text: 'second', value: 2 },
    { code: 3, text: 'other', value: null },
  ]),
  question(
    'Q289',
    'nominal',
    [1, 2, 3, 4, 5].map((code) => ({ code, text: `denomination ${code}`, value: null })),
  ),
];

function country(id: string, name: string, wvsCode: number, wvsAlpha: string): Country {
  return {
    id,
    name,
    isoNumeric: wvsCode === 909 ? null : String(wvsCode).padStart(3, '0'),
    atlasId: wvsCode === 909 ? '826' : String(wvsCode).padStart(3, '0'),
    wvsCode,
    wvsAlpha,
    zone: 'Protestant Europe',
    zoneSource: 'tao2024',
    zoneNote: null,
    western: true,
    hasDistributions: false,
    iwCoords: null,
    ownPolygon: wvsCode !== 909,
    mapNote: null,
  };
}

/** Germany, Morocco (WVS alpha MOR, ISO MAR) and Northern Ireland (no ISO code). */
export const syntheticCountries: Country[] = [
  country('DEU', 'Germany', 276, 'DEU'),
  country('MAR', 'Morocco', 504, 'MOR'),
  country('NIR', 'Northern Ireland', 909, 'NIR'),
];
