import { describe, expect, it } from 'vitest';
import { categoryGap, countryGap, heatmapGap } from './figureGaps';

const cell = (pearson: number | null, questions: number) => ({
  categoryId: 'religious-values' as const,
  countryId: 'IND',
  pearson,
  questions,
});

describe('heatmapGap', () => {
  it('is null as soon as one cell has a value', () => {
    expect(heatmapGap([cell(null, 2), cell(0.4, 3)])).toBeNull();
  });

  it('names the questions per topic a run with two per topic lacks', () => {
    expect(heatmapGap([cell(null, 2), cell(null, 1)])).toBe(
      'Needs at least 3 questions per topic — this run has at most 2 questions in any topic.',
    );
    expect(heatmapGap([cell(null, 1)])).toMatch(/at most 1 question in any topic/);
    expect(heatmapGap([])).toMatch(/at most 0 questions/);
  });

  it('blames flat answers when there are enough questions', () => {
    expect(heatmapGap([cell(null, 3)])).toMatch(/same scaled mean/);
  });
});

describe('categoryGap and countryGap', () => {
  it('count countries and questions in words', () => {
    expect(categoryGap([null, null], 2)).toBe('Needs at least 3 countries per question — this run has 2 countries.');
    expect(categoryGap([null], 1)).toBe('Needs at least 3 countries per question — this run has 1 country.');
    expect(categoryGap([null, 0.2], 2)).toBeNull();
    expect(categoryGap([null], 19)).toMatch(/do not differ/);
    expect(countryGap([{ pearson: null, questions: 2 }])).toBe(
      'Needs at least 3 questions per country — this run has at most 2 questions per country.',
    );
    expect(countryGap([{ pearson: 0, questions: 5 }])).toBeNull();
  });
});
