import { describe, expect, it } from 'vitest';
import type { Distribution, Question, QuestionId } from '../survey/types';
import { iwRawVector } from './iwRawVector';
import { dist, IW_PARAMETERS, makeQuestion } from './testing/fixtures';

const tenPoint = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const questions = new Map<QuestionId, Question>(
  [
    makeQuestion('Q46', [1, 2, 3, 4]),
    makeQuestion('Q57', [1, 2]),
    makeQuestion('Q45', [1, 2, 3]),
    makeQuestion('Q209', [1, 2, 3]),
    makeQuestion('Q164', tenPoint),
    makeQuestion('Q182', tenPoint),
    makeQuestion('Q184', tenPoint),
    makeQuestion('Q254', [1, 2, 3, 4, null]),
    makeQuestion('Q154', [1, 2, 3, 4], { scaleType: 'nominal' }),
    makeQuestion('Q155', [1, 2, 3, 4], { scaleType: 'nominal' }),
    makeQuestion('Q8', [1, 2]),
    makeQuestion('Q14', [1, 2]),
    makeQuestion('Q15', [1, 2]),
    makeQuestion('Q17', [1, 2]),
  ].map((question) => [question.id, question]),
);
const onTen = (code: number) => dist(...tenPoint.map((c) => (c === code ? 1 : 0)));

type Answers = Record<QuestionId, Distribution | undefined>;
const answers: Answers = {
  Q46: dist(0.5, 0.5, 0, 0), // 1·.5 + 2·.5 = 1.5
  Q57: dist(0.25, 0.75), // .25 + 1.5 = 1.75
  Q45: dist(0, 1, 0), // 2
  Q209: dist(0.2, 0.3, 0.5), // .2 + .6 + 1.5 = 2.3
  Q164: onTen(8), // 8
  Q182: onTen(3), // 3
  Q184: dist(0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0.5), // .5 + 5 = 5.5
  Q254: dist(0.3, 0.3, 0.2, 0, 0.2), // code 5 off scale: (.3 + .6 + .6)/.8 = 1.875
  // y002: a₁ = P(Q154 ∈ {1,3}) = .4 + .3 = .7, b₁ = .3; a₂ = .5 + .3 = .8, b₂ = .2
  // materialist .7·.8 = .56, post-materialist .3·.2 = .06, mixed .38 → 1·.56 + 3·.06 + 2·.38 = 1.5
  Q154: dist(0.4, 0.1, 0.3, 0.2),
  Q155: dist(0.5, 0.1, 0.3, 0.1),
  // y003 mention probabilities: independence .6, determination .5, faith .3, obedience .2
  // E[code] = 2 − P(mentioned): faith 1.7, obedience 1.8, independence 1.4, determination 1.5
  // (1.7 + 1.8) − (1.4 + 1.5) = 0.6 = (.6 + .5) − (.3 + .2)
  Q8: dist(0.6, 0.4),
  Q14: dist(0.5, 0.5),
  Q15: dist(0.3, 0.7),
  Q17: dist(0.2, 0.8),
};

describe('iwRawVector', () => {
  it('computes the ten items in projection order', () => {
    const result = iwRawVector(IW_PARAMETERS.items, questions, (id) => answers[id]);
    expect(result.missing).toEqual([]);
    const expected = [1.5, 1.75, 2, 2.3, 8, 3, 5.5, 1.875, 1.5, 0.6];
    expected.forEach((value, i) => expect(result.vector?.[i]).toBeCloseTo(value, 12));
  });

  it('scores full obedience and faith as −2 and full autonomy as +2 (IVS Y003 direction)', () => {
    const traditional: Answers = { ...answers, Q8: dist(0, 1), Q14: dist(0, 1), Q15: dist(1, 0), Q17: dist(1, 0) };
    const autonomous: Answers = { ...answers, Q8: dist(1, 0), Q14: dist(1, 0), Q15: dist(0, 1), Q17: dist(0, 1) };
    expect(iwRawVector(['y003'], questions, (id) => traditional[id]).vector).toEqual([-2]);
    expect(iwRawVector(['y003'], questions, (id) => autonomous[id]).vector).toEqual([2]);
  });

  it('lists missing items with their questions', () => {
    const withoutQ155: Answers = { ...answers, Q155: undefined };
    const offScaleOnly: Answers = { ...answers, Q254: dist(0, 0, 0, 0, 1) };
    expect(iwRawVector(IW_PARAMETERS.items, questions, (id) => withoutQ155[id])).toEqual({
      vector: null,
      missing: ['y002 (Q154, Q155)'],
    });
    expect(iwRawVector(IW_PARAMETERS.items, questions, (id) => offScaleOnly[id]).missing).toEqual(['g006 (Q254)']);
    expect(iwRawVector(['x999'], questions, (id) => answers[id]).missing).toEqual(['x999 (no WVS-7 mapping)']);
    expect(iwRawVector(['a008'], new Map(), (id) => answers[id]).missing).toEqual(['a008 (Q46)']);
  });

  it('returns an empty vector for no items', () => {
    expect(iwRawVector([], questions, () => undefined)).toEqual({ vector: [], missing: [] });
  });
});
