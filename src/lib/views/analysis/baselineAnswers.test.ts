import { describe, expect, it } from 'vitest';
import type { ModelAnswers } from '../../metrics';
import type { Distribution, HumanReference, HumanResponse } from '../../survey/types';
import { baselineAnswers } from './baselineAnswers';

const dist = (...values: number[]) => values as readonly number[] as Distribution;
const response = (...values: number[]): HumanResponse => ({
  counts: values.map((v) => v * 10),
  n: 10,
  distribution: dist(...values),
  mean: null,
});

const reference: HumanReference = {
  id: 'test',
  label: 'Test reference',
  weighting: 'unweighted',
  responses: {
    Q1: { USA: response(0.2, 0.8), KEN: response(0.6, 0.4) },
    Q2: { KEN: response(1, 0, 0) },
  },
};

const model: ModelAnswers = { Q1: { USA: dist(0.5, 0.5), KEN: dist(0.5, 0.5) }, Q2: { KEN: dist(0, 0, 1) } };

describe('baselineAnswers', () => {
  it('answers nothing when the model answered nothing', () => {
    expect(baselineAnswers('uniform', reference, {})).toEqual({});
  });

  it('gives uniform answers to exactly the model’s pairs', () => {
    expect(baselineAnswers('uniform', reference, model)).toEqual({
      Q1: { USA: [0.5, 0.5], KEN: [0.5, 0.5] },
      Q2: { KEN: [1 / 3, 1 / 3, 1 / 3] },
    });
  });

  it('gives the world average: Q1 = ([0.2,0.8] + [0.6,0.4]) / 2 = [0.4,0.6] for every persona', () => {
    const answers = baselineAnswers('world-average', reference, model);
    expect(answers.Q1?.USA?.[0]).toBeCloseTo(0.4, 12);
    expect(answers.Q1?.KEN?.[1]).toBeCloseTo(0.6, 12);
  });

  it('gives the USA’s answers to everyone and leaves out questions the USA was not asked', () => {
    expect(baselineAnswers('country', reference, model)).toEqual({ Q1: { USA: [0.2, 0.8], KEN: [0.2, 0.8] } });
  });
});
