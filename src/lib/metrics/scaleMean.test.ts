import { describe, expect, it } from 'vitest';
import { questionScale, type QuestionScale } from './questionScale';
import { checkScaleFits, normaliseMean, scaleMean } from './scaleMean';
import { dist, makeQuestion } from './testing/fixtures';

const scaleOf = (values: (number | null)[]): QuestionScale => {
  const scale = questionScale(makeQuestion('Q1', values));
  if (scale === null) throw new Error('fixture has no scale');
  return scale;
};

describe('questionScale', () => {
  it('lists on-scale options in scale-value order with min and max', () => {
    // values [3,1,2,null] → sorted by value: option 1 (1), option 2 (2), option 0 (3); option 3 is off scale
    expect(questionScale(makeQuestion('Q1', [3, 1, 2, null]))).toEqual({
      optionIndices: [1, 2, 0],
      values: [1, 2, 3],
      min: 1,
      max: 3,
      optionsSpanned: 3,
    });
  });

  it('is null for nominal questions and for scales without two distinct values', () => {
    expect(questionScale(makeQuestion('Q1', [1, 2, 3], { scaleType: 'nominal' }))).toBeNull();
    expect(questionScale(makeQuestion('Q1', [null, null]))).toBeNull();
    expect(questionScale(makeQuestion('Q1', [2]))).toBeNull();
    expect(questionScale(makeQuestion('Q1', [2, 2, null]))).toBeNull();
  });
});

describe('scaleMean', () => {
  it('renormalises over on-scale options', () => {
    // values [1,2,3,off], p = [.2,.3,.1,.4]: on-scale mass .6, Σ p·s = .2 + .6 + .3 = 1.1 → 1.1/.6 = 1.8333…
    const scale = scaleOf([1, 2, 3, null]);
    expect(scaleMean(scale, dist(0.2, 0.3, 0.1, 0.4))).toBeCloseTo(1.1 / 0.6, 12);
  });

  it('uses scale values, not option codes (recoded scales)', () => {
    // options in scale order with values [1, 2, 5]; p = [0, .5, .5] → 2·.5 + 5·.5 = 3.5
    expect(scaleMean(scaleOf([1, 2, 5]), dist(0, 0.5, 0.5))).toBeCloseTo(3.5, 12);
  });

  it('is null when all mass is off the scale', () => {
    expect(scaleMean(scaleOf([1, 2, null]), dist(0, 0, 1))).toBeNull();
  });
});

describe('normaliseMean', () => {
  it('maps the mean to [0,1] with the on-scale min and max', () => {
    // scale 1…4: (2.5 − 1)/(4 − 1) = 0.5; the ends map to 0 and 1
    const scale = scaleOf([1, 2, 3, 4, null]);
    expect(normaliseMean(scale, 2.5)).toBeCloseTo(0.5, 12);
    expect(normaliseMean(scale, 1)).toBe(0);
    expect(normaliseMean(scale, 4)).toBe(1);
    expect(normaliseMean(scale, null)).toBeNull();
  });
});

describe('checkScaleFits', () => {
  it('refuses a distribution too short for the scale, with the lengths in the message', () => {
    // Options 1 and 3 are on the scale, so a distribution needs 3 probabilities.
    const scale = scaleOf([1, null, 2]);
    expect(() => checkScaleFits(scale, [0.5, 0.5, 0])).not.toThrow();
    expect(() => checkScaleFits(scale, [0.25, 0.75])).toThrow(
      'distribution has 2 probabilities but the scale uses option 3',
    );
    expect(() => scaleMean(scale, dist(1))).toThrow('distribution has 1 probabilities but the scale uses option 3');
  });
});
