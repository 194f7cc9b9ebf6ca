import { describe, expect, it } from 'vitest';
import { questionScale, type QuestionScale } from './questionScale';
import { dist, makeQuestion } from './testing/fixtures';
import { wassersteinSimilarity } from './wasserstein';

const scaleOf = (values: (number | null)[]): QuestionScale => {
  const scale = questionScale(makeQuestion('Q1', values));
  if (scale === null) throw new Error('fixture has no scale');
  return scale;
};

describe('wassersteinSimilarity', () => {
  it('is 0 for opposite ends of the scale and 1 for identical answers', () => {
    // p at position 0, q at position 2: F_p = [1,1], F_q = [0,0] → W1 = 2 → 2/(K−1) = 2/2 = 1 → similarity 0
    const scale = scaleOf([1, 2, 3]);
    expect(wassersteinSimilarity(scale, dist(1, 0, 0), dist(0, 0, 1))).toBeCloseTo(0, 12);
    expect(wassersteinSimilarity(scale, dist(0.2, 0.3, 0.5), dist(0.2, 0.3, 0.5))).toBe(1);
  });

  it('matches a hand-worked example', () => {
    // p = [.5,.5,0], q = [0,.5,.5]: F_p = [.5, 1], F_q = [0, .5] → W1 = .5 + .5 = 1 → 1/2 → similarity .5
    expect(wassersteinSimilarity(scaleOf([1, 2, 3]), dist(0.5, 0.5, 0), dist(0, 0.5, 0.5))).toBeCloseTo(0.5, 12);
    // 4 options, p = [.1,.2,.3,.4], q = [.4,.3,.2,.1]: F_p = [.1,.3,.6], F_q = [.4,.7,.9]
    // W1 = .3 + .4 + .3 = 1.0 → 1/3 → similarity 2/3
    expect(
      wassersteinSimilarity(scaleOf([1, 2, 3, 4]), dist(0.1, 0.2, 0.3, 0.4), dist(0.4, 0.3, 0.2, 0.1)),
    ).toBeCloseTo(2 / 3, 12);
  });

  it('measures positions, not scale values', () => {
    // values [1,2,10]: one step from position 0 to 1 costs 1/(K−1) = 1/2 whatever the value gap → similarity .5
    expect(wassersteinSimilarity(scaleOf([1, 2, 10]), dist(1, 0, 0), dist(0, 1, 0))).toBeCloseTo(0.5, 12);
  });

  it('follows scale order when it differs from option order', () => {
    // values [3,1,2]: option 0 is the top position (2), option 1 the bottom (0) → W1 = 2 → similarity 0
    expect(wassersteinSimilarity(scaleOf([3, 1, 2]), dist(1, 0, 0), dist(0, 1, 0))).toBeCloseTo(0, 12);
  });

  it('leaves off-scale options out and renormalises', () => {
    // values [1,2,off]: p = [.4,.4,.2] → [.5,.5]; q = [1,0,0]: F_p(0) = .5, F_q(0) = 1 → W1 = .5, K − 1 = 1 → .5
    expect(wassersteinSimilarity(scaleOf([1, 2, null]), dist(0.4, 0.4, 0.2), dist(1, 0, 0))).toBeCloseTo(0.5, 12);
  });

  it('is null when a side has no on-scale mass', () => {
    expect(wassersteinSimilarity(scaleOf([1, 2, null]), dist(0, 0, 1), dist(1, 0, 0))).toBeNull();
  });
});
