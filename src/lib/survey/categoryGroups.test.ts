import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_GROUP_RATIONALE } from './categoryGroups.ts';

const idsIn = (group: string) =>
  CATEGORIES.filter((category) => category.group === group).map((category) => category.id);

describe('CATEGORIES', () => {
  it("puts the 12 value categories in the paper's two groups and the Postmaterialist index in neither", () => {
    expect(idsIn('socio-cultural-norms')).toEqual([
      'social-values',
      'happiness-wellbeing',
      'social-capital-trust',
      'religious-values',
      'ethical-values',
      'migration',
      'security',
    ]);
    expect(idsIn('social-systems-progress')).toEqual([
      'economic-values',
      'corruption',
      'science-technology',
      'political-interest-participation',
      'political-culture-regimes',
    ]);
    expect(idsIn('not-scored')).toEqual(['postmaterialist-index']);
  });

  it('has unique ids and names, and a rationale that names every group', () => {
    expect(new Set(CATEGORIES.map((c) => c.id)).size).toBe(13);
    expect(new Set(CATEGORIES.map((c) => c.name)).size).toBe(13);
    expect(CATEGORY_GROUP_RATIONALE).toContain('Socio-cultural norms');
    expect(CATEGORY_GROUP_RATIONALE).toContain('Social systems and progress');
    expect(CATEGORY_GROUP_RATIONALE).toContain('not scored');
  });
});
