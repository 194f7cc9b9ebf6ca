import { testCountry } from './testCountry.ts';
import { testQuestion } from './testQuestion.ts';

/** A minimal valid dataset as parsed JSON, for the survey/ tests. */
export function minimalDatasetJson(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    datasetVersion: 'wvs7-0123456789ab',
    categories: [{ id: 'social-values', name: 'Social Values, Norms, Stereotypes', group: 'socio-cultural-norms' }],
    questions: [
      testQuestion(),
      testQuestion({
        id: 'Q91',
        text: 'Which is not a permanent member?',
        label: 'UN Security Council',
        scaleType: 'nominal',
        flags: ['knowledge'],
        options: [
          { code: 1, text: 'France', value: 1 },
          { code: 2, text: 'India', value: 2 },
        ],
      }),
    ],
    countries: [testCountry({ iwCoords: [1.5, -0.4] })],
    responses: { Q1: { USA: { counts: [3, 1], n: 4, distribution: [0.75, 0.25], mean: 1.25 } } },
    supplementary: [
      {
        id: 'trustbench',
        label: 'TrustBench',
        weighting: 'weighted',
        citationId: 'trustbench',
        means: { Q1: { USA: 1.2 } },
      },
    ],
    inglehartWelzel: {
      items: ['a008'],
      center: [1.9],
      scale: [0.7],
      weights: [[-0.2, 0.5]],
      rc1: [1.81, 0.38],
      rc2: [1.61, -0.01],
      groundtruth: [{ input: [2], output: [1.9, 2.1] }],
    },
    citations: [{ id: 'wvs7', text: 'WVS-7', terms: 'non-profit use', url: null }],
  };
}
