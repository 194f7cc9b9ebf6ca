/** Tiny hand-made survey fixtures for the metrics tests (never the real dataset file). */
import type {
  Category,
  Country,
  CountryId,
  Dataset,
  Distribution,
  HumanReference,
  InglehartWelzelParameters,
  Question,
  QuestionId,
  ScaleType,
  Zone,
} from '../../survey/types';
import { toDistribution } from '../toDistribution';
import type { ModelAnswers } from '../types';

export const dist = (...probabilities: number[]): Distribution => toDistribution(probabilities);

/** A question whose options have codes 1…K and the given scale values (null = off scale). */
export function makeQuestion(
  id: QuestionId,
  values: (number | null)[],
  {
    scaleType,
    category = 'social-values',
    flags = [],
  }: Partial<Pick<Question, 'scaleType' | 'category' | 'flags'>> = {},
): Question {
  const onScale = values.filter((value) => value !== null).length;
  const inferred: ScaleType = onScale === 0 ? 'nominal' : onScale === 2 ? 'binary' : 'ordinal';
  return {
    id,
    text: `${id} text`,
    label: `${id} label`,
    category,
    scaleType: scaleType ?? inferred,
    options: values.map((value, index) => ({ code: index + 1, text: `option ${index + 1}`, value })),
    flags,
  };
}

export function makeCountry(
  id: CountryId,
  { western = false, zone = 'Confucian' }: { western?: boolean; zone?: Zone } = {},
): Country {
  return {
    id,
    name: `${id} name`,
    isoNumeric: null,
    atlasId: '000',
    wvsCode: 0,
    wvsAlpha: id,
    zone,
    zoneSource: 'tao2024',
    zoneNote: null,
    western,
    hasDistributions: true,
    iwCoords: null,
    ownPolygon: true,
    mapNote: null,
  };
}

/** Projection parameters copied from /work/shared/data/iw_map/iw_projection_final.json. */
export const IW_PARAMETERS: InglehartWelzelParameters = {
  items: ['a008', 'a165', 'e018', 'e025', 'f063', 'f118', 'f120', 'g006', 'y002', 'y003'],
  center: [
    1.8943346824, 1.7249291681, 1.5375948814, 2.1269639031, 7.1949652909, 3.9094104719, 3.8423957313, 1.5694507646,
    1.7972968314, 0.19721005786,
  ],
  scale: [
    0.71428942794, 0.44655054645, 0.72791694544, 0.82373260626, 3.2116353258, 3.3945220392, 3.0616139885, 0.73247264575,
    0.61878304245, 1.1374858635,
  ],
  weights: [
    [-0.23807309806, 0.49269801609],
    [-0.2251712732, 0.1488361647],
    [-0.014293231158, 0.32860123575],
    [-0.27281863433, 0.12800336475],
    [-0.18470853804, -0.21524790046],
    [0.31012187775, -0.010659178321],
    [0.2628449143, 0.090593025901],
    [-0.082774181417, 0.49177541639],
    [0.1796722504, -0.080708482322],
    [0.15181160734, 0.18147842385],
  ],
  rc1: [1.81, 0.38],
  rc2: [1.61, -0.01],
  groundtruth: [],
};

export const CATEGORIES: Category[] = [
  { id: 'social-values', name: 'Social Values', group: 'socio-cultural-norms' },
  { id: 'economic-values', name: 'Economic Values', group: 'social-systems-progress' },
  { id: 'postmaterialist-index', name: 'Postmaterialist Index', group: 'not-scored' },
];

export function makeDataset(questions: Question[], countries: Country[]): Dataset {
  return {
    schemaVersion: 1,
    datasetVersion: 'test-1',
    categories: CATEGORIES,
    questions,
    countries,
    responses: {},
    supplementary: [],
    inglehartWelzel: IW_PARAMETERS,
    citations: [],
  };
}

/** A reference from raw probabilities per question and country; counts assume 100 respondents. */
export function makeReference(
  questions: Question[],
  probabilities: Record<QuestionId, Record<CountryId, number[]>>,
): HumanReference {
  const responses: HumanReference['responses'] = {};
  for (const question of questions) {
    const byCountry = probabilities[question.id] ?? {};
    responses[question.id] = Object.fromEntries(
      Object.entries(byCountry).map(([countryId, probs]) => [
        countryId,
        { counts: probs.map((p) => Math.round(p * 100)), n: 100, distribution: toDistribution(probs), mean: null },
      ]),
    );
  }
  return { id: 'test-reference', label: 'Test reference', weighting: 'unweighted', responses };
}

/** The reference's own distributions as model answers. */
export function answersFromReference(reference: HumanReference): ModelAnswers {
  return Object.fromEntries(
    Object.entries(reference.responses).map(([questionId, byCountry]) => [
      questionId,
      Object.fromEntries(Object.entries(byCountry).map(([countryId, response]) => [countryId, response.distribution])),
    ]),
  );
}

/** Every country answers what `countryId`'s humans answered. */
export function answersCopyingCountry(reference: HumanReference, countryId: CountryId): ModelAnswers {
  return Object.fromEntries(
    Object.entries(reference.responses).flatMap(([questionId, byCountry]) => {
      const source = byCountry[countryId]?.distribution;
      if (source === undefined) return [];
      return [[questionId, Object.fromEntries(Object.keys(byCountry).map((id) => [id, source]))]];
    }),
  );
}
