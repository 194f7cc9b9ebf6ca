import { describe, expect, it } from 'vitest';
import type { CategoryScore, RunSummary } from '../../metrics';
import type { CategoryGroup, CategoryId } from '../../survey/types';
import { comparedCategories } from './comparedCategories';

function summary(categories: [CategoryId, string, CategoryGroup][]): RunSummary {
  const scores = categories.map(([categoryId, name, group]) => ({ categoryId, name, group }) as CategoryScore);
  return { categories: scores } as RunSummary;
}

describe('comparedCategories', () => {
  it('is empty for no runs', () => {
    expect(comparedCategories([])).toEqual([]);
  });

  it('unites the runs’ categories once each, in first-seen order, with the group’s display name', () => {
    const a = summary([['ethical-values', 'Ethical Values', 'socio-cultural-norms']]);
    const b = summary([
      ['corruption', 'Corruption', 'social-systems-progress'],
      ['ethical-values', 'Ethical Values', 'socio-cultural-norms'],
    ]);
    expect(comparedCategories([a, b])).toEqual([
      { id: 'ethical-values', label: 'Ethical Values', group: 'Socio-cultural norms' },
      { id: 'corruption', label: 'Corruption', group: 'Social systems and progress' },
    ]);
  });
});
