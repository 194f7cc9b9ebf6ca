import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../survey/types';
import { modelAnswersFromItems, type AnswerItem } from './modelAnswersFromItems';

const dist = (...values: number[]) => values as readonly number[] as Distribution;

describe('modelAnswersFromItems', () => {
  it('returns no answers for no items', () => {
    expect(modelAnswersFromItems([])).toEqual({});
  });

  it('keeps a single-order answer as it is', () => {
    const items: AnswerItem[] = [{ questionId: 'Q1', countryId: 'USA', order: 'original', probs: dist(0.2, 0.8) }];
    expect(modelAnswersFromItems(items)).toEqual({ Q1: { USA: [0.2, 0.8] } });
  });

  it('averages the two orders of one item: ([0.2,0.8] + [0.6,0.4]) / 2 = [0.4,0.6]', () => {
    const items: AnswerItem[] = [
      { questionId: 'Q1', countryId: 'USA', order: 'original', probs: dist(0.2, 0.8) },
      { questionId: 'Q1', countryId: 'USA', order: 'reversed', probs: dist(0.6, 0.4) },
      { questionId: 'Q1', countryId: 'KEN', order: 'reversed', probs: dist(1, 0) },
    ];
    const answers = modelAnswersFromItems(items);
    expect(answers.Q1?.USA?.[0]).toBeCloseTo(0.4, 12);
    expect(answers.Q1?.USA?.[1]).toBeCloseTo(0.6, 12);
    expect(answers.Q1?.KEN).toEqual([1, 0]);
  });

  it('rejects a duplicated item, naming it', () => {
    const item: AnswerItem = { questionId: 'Q2', countryId: 'BRA', order: 'original', probs: dist(1) };
    expect(() => modelAnswersFromItems([item, item])).toThrow(
      'Answer Q2/BRA (original order) appears twice; remove the duplicate from the run.',
    );
  });
});
