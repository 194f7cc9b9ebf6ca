import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDataset, builtInReference } from '../../survey';
import { CULTURAL_MAP_QUESTIONS, QUICK_LOOK_PER_CATEGORY, countriesWithData, questionsForPreset } from './scopePresets';

const dataset = parseDataset(JSON.parse(readFileSync('public/data/wvs7-dataset.json', 'utf8')));
const reference = builtInReference(dataset);
const scoredCategories = dataset.categories.filter((category) => category.group !== 'not-scored');

describe('scope presets', () => {
  it('Quick look takes two ordered questions from each of the 12 scored categories', () => {
    const ids = questionsForPreset({ kind: 'quick-look' }, dataset, reference);
    expect(ids).toHaveLength(scoredCategories.length * QUICK_LOOK_PER_CATEGORY);
    expect(scoredCategories).toHaveLength(12);
    for (const category of scoredCategories) {
      const inCategory = ids.filter((id) => dataset.questions.find((q) => q.id === id)?.category === category.id);
      expect(inCategory, category.id).toHaveLength(2);
    }
    const nominal = ids.filter((id) => dataset.questions.find((q) => q.id === id)?.scaleType === 'nominal');
    expect(nominal).toEqual([]);
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
