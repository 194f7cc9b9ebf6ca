import { describe, expect, it } from 'vitest';
import type { ItemScore } from '../../metrics';
import type { CategoryId } from '../../survey/types';
import { categoryCountryPearson } from './categoryCountryPearson';

function item(questionId: string, countryId: string, human: number | null, model: number | null): ItemScore {
  return {
    questionId,
    countryId,
    humanMean: human,
    modelMean: model,
    humanNormalised: human,
    modelNormalised: model,
    jsdSimilarity: 1,
    wassersteinSimilarity: null,
    humanSource: 'distribution',
  };
}

const categoryOf = new Map<string, CategoryId>([
  ['Q1', 'ethical-values'],
  ['Q2', 'ethical-values'],
  ['Q3', 'ethical-values'],
  ['Q4', 'migration'],
]);

describe('categoryCountryPearson', () => {
  it('gives no cells for no items', () => {
    expect(categoryCountryPearson([], categoryOf)).toEqual([]);
  });

  it('correlates a country’s answers within a category', () => {
    // human 0, 0.5, 1 and model 0.1, 0.2, 0.3: model = 0.1 + 0.2·human, a perfect line → r = 1.
    // KEN: model 0.3, 0.2, 0.1 is the same line reversed → r = −1.
    const cells = categoryCountryPearson(
      [
        item('Q1', 'USA', 0, 0.1),
        item('Q2', 'USA', 0.5, 0.2),
        item('Q3', 'USA', 1, 0.3),
        item('Q1', 'KEN', 0, 0.3),
        item('Q2', 'KEN', 0.5, 0.2),
        item('Q3', 'KEN', 1, 0.1),
      ],
      categoryOf,
    );
    expect(cells).toHaveLength(2);
    expect(cells[0]).toMatchObject({ categoryId: 'ethical-values', countryId: 'USA', questions: 3 });
    expect(cells[0]?.pearson).toBeCloseTo(1, 12);
    expect(cells[1]?.pearson).toBeCloseTo(-1, 12);
  });

  it('leaves r undefined (null, not 0) for fewer than three questions or constant answers', () => {
    const cells = categoryCountryPearson(
      [item('Q4', 'USA', 0.2, 0.4), item('Q1', 'BRA', 0, 0.5), item('Q2', 'BRA', 0.5, 0.5), item('Q3', 'BRA', 1, 0.5)],
      categoryOf,
    );
    expect(cells).toEqual([
      { categoryId: 'migration', countryId: 'USA', pearson: null, questions: 1 },
      { categoryId: 'ethical-values', countryId: 'BRA', pearson: null, questions: 3 },
    ]);
  });

  it('skips items without normalised means (nominal questions) and unknown questions', () => {
    expect(categoryCountryPearson([item('Q1', 'USA', null, 0.2), item('Q9', 'USA', 0.1, 0.2)], categoryOf)).toEqual([]);
  });
});
