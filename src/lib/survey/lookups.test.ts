import { describe, expect, it } from 'vitest';
import { parseDataset } from './parseDataset.ts';
import { countryById, questionById, valueQuestions } from './lookups.ts';
import { builtInReference } from './builtInReference.ts';
import { minimalDatasetJson } from './testDataset.ts';

const dataset = parseDataset(minimalDatasetJson());

describe('lookups', () => {
  it('finds questions and countries by id', () => {
    expect(questionById(dataset, 'Q1').label).toBe('Important in life: Family');
    expect(countryById(dataset, 'USA').name).toBe('United States');
  });

  it('fails with the id and dataset version when an id is unknown', () => {
    expect(() => questionById(dataset, 'Q999')).toThrow('Question "Q999" is not in dataset wvs7-0123456789ab.');
    expect(() => countryById(dataset, '')).toThrow('Country "" is not in dataset wvs7-0123456789ab.');
  });

  it('valueQuestions leaves out flagged questions', () => {
    expect(valueQuestions(dataset).map((q) => q.id)).toEqual(['Q1']);
    expect(valueQuestions({ ...dataset, questions: [] })).toEqual([]);
  });

  it('builtInReference labels the CultureSPA responses as unweighted', () => {
    const reference = builtInReference(dataset);
    expect(reference).toMatchObject({
      id: 'builtin',
      label: 'Built-in: CultureSPA, 19 countries, unweighted',
      weighting: 'unweighted',
    });
    expect(reference.responses['Q1']?.['USA']?.counts).toEqual([3, 1]);
  });
});
