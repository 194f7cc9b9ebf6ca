import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDataset, builtInReference } from '../../survey';
import { iwRawVector } from '../../metrics';
import { CULTURAL_MAP_QUESTIONS, countriesWithData, questionsForPreset } from './scopePresets';

const dataset = parseDataset(JSON.parse(readFileSync('public/data/wvs7-dataset.json', 'utf8')));
const reference = builtInReference(dataset);
const scoredCategories = dataset.categories.filter((category) => category.group !== 'not-scored');

describe('scope presets', () => {
  it('Quick look asks at least 3 ordered questions of each of the 12 scored categories', () => {
    const ids = questionsForPreset({ kind: 'quick-look' }, dataset, reference);
    expect(scoredCategories).toHaveLength(12);
    for (const category of scoredCategories) {
      const ordered = dataset.questions.filter(
        (q) => q.category === category.id && q.flags.length === 0 && q.scaleType !== 'nominal',
      );
      const expected = Math.min(3, ordered.length);
      const inCategory = ids.filter((id) => ordered.some((q) => q.id === id));
      expect(inCategory.length, category.id).toBeGreaterThanOrEqual(expected);
      expect(expected, category.id).toBe(3);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('Quick look covers all ten cultural-map items: every item of the projection can be computed from it', () => {
    const ids = new Set(questionsForPreset({ kind: 'quick-look' }, dataset, reference));
    const questions = new Map(dataset.questions.map((q) => [q.id, q]));
    const items = dataset.inglehartWelzel.items;
    expect(items).toHaveLength(10);
    // Only the Quick look's own questions are visible, so a missing one leaves its item uncomputable.
    const inScope = iwRawVector(items, questions, (id) =>
      ids.has(id) ? reference.responses[id]?.USA?.distribution : undefined,
    );
    expect(inScope.missing).toEqual([]);
    const withoutOne = iwRawVector(items, questions, (id) =>
      ids.has(id) && id !== 'Q46' ? reference.responses[id]?.USA?.distribution : undefined,
    );
    expect(withoutOne.missing).toEqual(['a008 (Q46)']);
  });

  it('Quick look prefers questions on which countries differ most', () => {
    // Importance of God (Q164) splits the 19 countries from ~2 (e.g. China) to ~10 (e.g. Ethiopia),
    // far more than any other religious question's spread, so it must be picked.
    const ids = questionsForPreset({ kind: 'quick-look' }, dataset, reference);
    expect(ids).toContain('Q164');
  });

  it('a category preset is every unflagged question of that category', () => {
    const ids = questionsForPreset({ kind: 'category', category: 'religious-values' }, dataset, reference);
    expect(ids).toEqual(
      dataset.questions.filter((q) => q.category === 'religious-values' && q.flags.length === 0).map((q) => q.id),
    );
    expect(ids.length).toBe(12);
  });

  it('the cultural-map preset lists the 14 questions behind the ten IW items, in dataset order', () => {
    const ids = questionsForPreset({ kind: 'cultural-map' }, dataset, reference);
    expect(ids.length).toBe(14);
    expect(new Set(ids)).toEqual(new Set(CULTURAL_MAP_QUESTIONS));
    expect(ids.slice(0, 4)).toEqual(['Q8', 'Q14', 'Q15', 'Q17']);
  });

  it('a custom preset keeps only known questions, in dataset order', () => {
    expect(questionsForPreset({ kind: 'custom', questionIds: ['Q164', 'Q1', 'Q999'] }, dataset, reference)).toEqual([
      'Q1',
      'Q164',
    ]);
  });

  it('the built-in reference covers the 19 CultureSPA countries', () => {
    const ids = countriesWithData(dataset, reference);
    expect(ids).toHaveLength(19);
    expect(ids).toContain('ETH');
    expect(ids).not.toContain('NIR');
  });
});
