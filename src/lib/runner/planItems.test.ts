import { describe, expect, it } from 'vitest';
import { planItems } from './planItems';

describe('planItems', () => {
  it('plans nothing for an empty scope or no orders', () => {
    expect(planItems({ questionIds: [], countryIds: ['USA'] }, ['original'])).toEqual([]);
    expect(planItems({ questionIds: ['Q1'], countryIds: [] }, ['original'])).toEqual([]);
    expect(planItems({ questionIds: ['Q1'], countryIds: ['USA'] }, [])).toEqual([]);
  });

  it('plans a single item with its key', () => {
    expect(planItems({ questionIds: ['Q1'], countryIds: ['USA'] }, ['reversed'])).toEqual([
      { questionId: 'Q1', countryId: 'USA', order: 'reversed', key: 'Q1|USA|reversed' },
    ]);
  });

  it('plans questions × countries × orders, question-major', () => {
    const keys = planItems({ questionIds: ['Q1', 'Q2'], countryIds: ['USA', 'DEU'] }, ['original', 'reversed']).map(
      (item) => item.key,
    );
    expect(keys).toEqual([
      'Q1|USA|original',
      'Q1|USA|reversed',
      'Q1|DEU|original',
      'Q1|DEU|reversed',
      'Q2|USA|original',
      'Q2|USA|reversed',
      'Q2|DEU|original',
      'Q2|DEU|reversed',
    ]);
  });
});
