import { describe, expect, it } from 'vitest';
import type { Category, Question } from '../../survey/types';
import { exploreParams, readExploreSelection } from './exploreSelection';

const question = (id: string): Question => ({
  id,
  label: id,
  text: id,
  category: 'religious-values',
  scaleType: 'ordinal',
  options: [],
  flags: [],
});
const questions = [question('Q1'), question('Q164'), question('Q234A')];
const categories: Category[] = [{ id: 'religious-values', name: 'Religious Values', group: 'socio-cultural-norms' }];

describe('readExploreSelection', () => {
  it('defaults to Q164 and no category for an empty URL', () => {
    expect(readExploreSelection(new URLSearchParams(''), questions, categories)).toEqual({
      questionId: 'Q164',
      category: null,
    });
  });

  it('reads a known question and category, accepting a lower-case id', () => {
    expect(
      readExploreSelection(new URLSearchParams('q=q234a&category=religious-values'), questions, categories),
    ).toEqual({
      questionId: 'Q234A',
      category: 'religious-values',
    });
  });

  it('ignores an unknown question or category', () => {
    expect(readExploreSelection(new URLSearchParams('q=Q999&category=astrology'), questions, categories)).toEqual({
      questionId: 'Q164',
      category: null,
    });
  });

  it('falls back to the first question when Q164 is absent', () => {
    expect(readExploreSelection(new URLSearchParams(''), [question('Q7')], categories).questionId).toBe('Q7');
  });

  it('explains an empty question list', () => {
    expect(() => readExploreSelection(new URLSearchParams(''), [], categories)).toThrow(
      'The dataset has no questions to explore',
    );
  });
});

describe('exploreParams', () => {
  it('round-trips through the URL', () => {
    const selection = { questionId: 'Q57', category: 'religious-values' as const };
    const params = new URLSearchParams(exploreParams(selection) as Record<string, string>);
    expect(readExploreSelection(params, [...questions, question('Q57')], categories)).toEqual(selection);
  });

  it('leaves out an unset category', () => {
    expect(exploreParams({ questionId: 'Q1', category: null })).toEqual({ q: 'Q1', category: undefined });
  });
});
