/**
 * The metrics bench's synthetic, seeded data: 250 questions (ordinal, binary and nominal, 2 to 10 options) ×
 * 20 countries, one human reference and 20 runs of model answers. Deterministic, so the bench and its worker
 * threads each build the same data instead of copying it between them.
 */
import { randomLcg } from 'd3';
import { toDistribution } from '../src/lib/metrics/toDistribution.ts';
import type { ModelAnswers } from '../src/lib/metrics/types.ts';
import type { Category, Country, Dataset, HumanReference, Question, Zone } from '../src/lib/survey/types.ts';

export const QUESTIONS = 250;
export const COUNTRIES = 20;
export const RUNS = 20;

const random = randomLcg(20261128);
const categories: Category[] = [
  { id: 'social-values', name: 'Social Values', group: 'socio-cultural-norms' },
  { id: 'economic-values', name: 'Economic Values', group: 'social-systems-progress' },
];
const zones: Zone[] = ['African-Islamic', 'Catholic Europe', 'Confucian', 'English-Speaking', 'Latin America'];

function randomDistribution(size: number) {
  const weights = Array.from({ length: size }, () => -Math.log(1 - random()));
  const total = weights.reduce((a, b) => a + b, 0);
  return toDistribution(weights.map((w) => w / total));
}

function syntheticQuestion(index: number): Question {
  const kind = index % 20;
  const size = kind === 0 ? 3 : kind < 4 ? 2 : 4 + (index % 7);
  const scaleType = kind === 0 ? 'nominal' : size === 2 ? 'binary' : 'ordinal';
  return {
    id: `Q${index + 1}`,
    text: '',
    label: '',
    category: categories[index % 2]?.id ?? 'social-values',
    scaleType,
    options: Array.from({ length: size }, (_, k) => ({
      code: k + 1,
      text: '',
      value: scaleType === 'nominal' ? null : k + 1,
    })),
    flags: [],
  };
}

function syntheticCountry(index: number): Country {
  return {
    id: `C${index}`,
    name: `Country ${index}`,
    isoNumeric: null,
    atlasId: '000',
    wvsCode: index,
    wvsAlpha: `C${index}`,
    zone: zones[index % zones.length] ?? 'Confucian',
    zoneSource: 'tao2024',
    zoneNote: null,
    western: index % 3 === 0,
    hasDistributions: true,
    iwCoords: null,
    ownPolygon: true,
    mapNote: null,
  };
}

const questions = Array.from({ length: QUESTIONS }, (_, i) => syntheticQuestion(i));
const countries = Array.from({ length: COUNTRIES }, (_, i) => syntheticCountry(i));
export const dataset: Dataset = {
  schemaVersion: 1,
  datasetVersion: 'bench',
  categories,
  questions,
  countries,
  responses: {},
  supplementary: [],
  inglehartWelzel: { items: [], center: [], scale: [], weights: [], rc1: [1, 0], rc2: [1, 0], groundtruth: [] },
  citations: [],
};
export const reference: HumanReference = {
  id: 'bench',
  label: 'Synthetic',
  weighting: 'unweighted',
  responses: Object.fromEntries(
    questions.map((q) => [
      q.id,
      Object.fromEntries(
        countries.map((c) => {
          const distribution = randomDistribution(q.options.length);
          return [c.id, { counts: [], n: 1000, distribution, mean: null }];
        }),
      ),
    ]),
  ),
};
export const runs: ModelAnswers[] = Array.from({ length: RUNS }, () =>
  Object.fromEntries(
    questions.map((q) => [
      q.id,
      Object.fromEntries(countries.map((c) => [c.id, randomDistribution(q.options.length)])),
    ]),
  ),
);
