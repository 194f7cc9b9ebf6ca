import { describe, expect, it } from 'vitest';
import type { Dataset, Distribution } from '../../src/lib/survey/types.ts';
import { CATEGORIES } from '../../src/lib/survey/categoryGroups.ts';
import { testCountry } from '../../src/lib/survey/testCountry.ts';
import { testQuestion } from '../../src/lib/survey/testQuestion.ts';
import { validateDataset } from './validateDataset.ts';

const question = testQuestion();

function dataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    schemaVersion: 1,
    datasetVersion: 'wvs7-000000000000',
    categories: [...CATEGORIES],
    questions: [question],
    countries: [testCountry()],
    responses: {
      Q1: { USA: { counts: [3, 1], n: 4, distribution: [0.75, 0.25] as unknown as Distribution, mean: 1.25 } },
    },
    supplementary: [],
    inglehartWelzel: { items: [], center: [], scale: [], weights: [], rc1: [1, 0], rc2: [1, 0], groundtruth: [] },
    citations: [{ id: 'wvs7', text: 'WVS', terms: 'non-profit', url: null }],
    ...overrides,
  };
}

describe('validateDataset', () => {
  it('accepts a consistent dataset', () => {
    expect(() => validateDataset(dataset(), {})).not.toThrow();
  });

  it('rejects a distribution that does not sum to 1', () => {
    const responses = {
      Q1: { USA: { counts: [3, 1], n: 4, distribution: [0.75, 0.3] as unknown as Distribution, mean: 1.25 } },
    };
    expect(() => validateDataset(dataset({ responses }), {})).toThrow(
      'responses Q1 USA: distribution is not valid: it sums to 1.05, expected 1 (±0.000001)',
    );
  });

  it('rejects counts that do not match the options, and n that is not their sum', () => {
    const responses = {
      Q1: { USA: { counts: [3, 1, 0], n: 5, distribution: [0.75, 0.25] as unknown as Distribution, mean: 1.25 } },
    };
    expect(() => validateDataset(dataset({ responses }), {})).toThrow(
      /3 counts for 2 options[\s\S]*n=5 is not the sum of counts/,
    );
  });

  it('rejects duplicate ids and unknown references', () => {
    const supplementary = [
      {
        id: 'trustbench' as const,
        label: 'x',
        weighting: 'weighted' as const,
        citationId: 'nope',
        means: { Q9: { XXX: 2 } },
      },
    ];
    const run = () => validateDataset(dataset({ questions: [question, question], supplementary }), {});
    expect(run).toThrow('duplicate question ids: Q1');
    expect(run).toThrow('supplementary trustbench: citation "nope" is not in citations');
    expect(run).toThrow('supplementary trustbench: unknown question Q9');
    expect(run).toThrow('supplementary trustbench Q9: unknown country XXX');
  });

  it('rejects a question whose category is not listed', () => {
    expect(() => validateDataset(dataset({ categories: [] }), {})).toThrow(
      'Q1: category "social-values" is not in categories',
    );
  });

  it('rejects values that do not increase along the scale', () => {
    const swapped = {
      ...question,
      options: [
        { code: 1, text: 'a', value: 2 },
        { code: 2, text: 'b', value: 1 },
      ],
    };
    expect(() => validateDataset(dataset({ questions: [swapped] }), {})).toThrow(
      'Q1: value 1 (code 2) follows value 2 (code 1); values must increase along the scale',
    );
  });

  it('rejects a tie between two unadjusted codes but allows one made by the answer adjustment (Q241: code 0 → 1)', () => {
    const tied = {
      ...question,
      options: [
        { code: 1, text: 'a', value: 1 },
        { code: 2, text: 'b', value: 1 },
      ],
    };
    expect(() => validateDataset(dataset({ questions: [tied], responses: {} }), {})).toThrow(
      'Q1: value 1 (code 2) follows value 1 (code 1)',
    );
    const merged = {
      ...question,
      options: [
        { code: 0, text: 'against', value: 1 },
        { code: 1, text: 'not essential', value: 1 },
        { code: 2, text: '2', value: 2 },
      ],
    };
    expect(() => validateDataset(dataset({ questions: [merged], responses: {} }), { Q1: { '0': '1' } })).not.toThrow();
  });

  it('rejects an off-scale option before on-scale ones', () => {
    const misplaced = {
      ...question,
      options: [
        { code: 5, text: 'other', value: null },
        { code: 1, text: 'a', value: 1 },
      ],
    };
    expect(() => validateDataset(dataset({ questions: [misplaced], responses: {} }), {})).toThrow(
      'Q1: off-scale options must come last',
    );
  });

  it('rejects a country without its own polygon and without a note, and an assigned zone without a note', () => {
    const countries = [testCountry({ ownPolygon: false, zoneSource: 'assigned' })];
    const run = () => validateDataset(dataset({ countries }), {});
    expect(run).toThrow('USA: has no polygon of its own and no mapNote saying how it is shown');
    expect(run).toThrow('USA: zone was assigned but zoneNote is empty');
  });

  it('rejects responses for unknown questions or countries', () => {
    const responses = {
      Q1: { FRA: { counts: [1, 1], n: 2, distribution: [0.5, 0.5] as unknown as Distribution, mean: 1.5 } },
      Q7: {},
    };
    const run = () => validateDataset(dataset({ responses }), {});
    expect(run).toThrow('responses Q1 FRA: unknown country');
    expect(run).toThrow('responses: unknown question Q7');
  });
});
