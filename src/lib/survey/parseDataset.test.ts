import { describe, expect, it } from 'vitest';
import { parseDataset } from './parseDataset.ts';
import { DatasetFormatError } from './parseDataset.ts';
import { minimalDatasetJson } from './testDataset.ts';

const ADVICE = 'rebuild it with `npm run build:data`, or reload the page if the app was just updated.';

describe('parseDataset', () => {
  it('accepts a valid dataset and keeps its content', () => {
    const json = minimalDatasetJson();
    expect(parseDataset(json)).toEqual(json);
  });

  it('rejects a wrong schemaVersion', () => {
    const json = { ...minimalDatasetJson(), schemaVersion: 2 };
    expect(() => parseDataset(json)).toThrow(
      `The dataset file is not valid: schemaVersion is 2 but this app reads version 1; ${ADVICE}`,
    );
  });

  it('rejects a missing field, naming its path', () => {
    const json = minimalDatasetJson();
    delete (json['questions'] as Record<string, unknown>[])[0]?.['label'];
    expect(() => parseDataset(json)).toThrow(
      `The dataset file is not valid: questions[0]: "label" must be a non-empty text, got nothing; ${ADVICE}`,
    );
  });

  it('rejects a missing top-level section', () => {
    const { citations: _dropped, ...json } = minimalDatasetJson();
    expect(() => parseDataset(json)).toThrow('the top level: "citations" must be a list, got nothing');
  });

  it('rejects a distribution that does not sum to 1', () => {
    const json = minimalDatasetJson();
    json['responses'] = { Q1: { USA: { counts: [3, 1], n: 4, distribution: [0.75, 0.35], mean: 1.25 } } };
    expect(() => parseDataset(json)).toThrow(
      'responses.Q1.USA: "distribution" is not a probability distribution: it sums to 1.1, expected 1 (±0.000001)',
    );
  });

  it('rejects NaN and negative probabilities', () => {
    const json = minimalDatasetJson();
    json['responses'] = { Q1: { USA: { counts: [3, 1], n: 4, distribution: [1.25, -0.25], mean: 1.25 } } };
    expect(() => parseDataset(json)).toThrow(
      'responses.Q1.USA: "distribution" is not a probability distribution: entry 1 is -0.25, expected a finite number ≥ 0',
    );
    json['responses'] = { Q1: { USA: { counts: [3, 1], n: 4, distribution: [Number.NaN, 1], mean: 1.25 } } };
    expect(() => parseDataset(json)).toThrow(
      'responses.Q1.USA: "distribution" must be a list of finite numbers, got a list of 2',
    );
  });

  it('rejects a distribution whose length does not match the options', () => {
    const json = minimalDatasetJson();
    json['responses'] = { Q1: { USA: { counts: [4], n: 4, distribution: [1], mean: 1 } } };
    expect(() => parseDataset(json)).toThrow('responses.Q1.USA: "counts" has 1 entries for 2 options');
  });

  it('rejects responses for a question that is not in the dataset', () => {
    const json = minimalDatasetJson();
    json['responses'] = { Q9: {} };
    expect(() => parseDataset(json)).toThrow('responses.Q9 refers to a question that is not in questions');
  });

  it('rejects an unknown zone and a non-boolean flag', () => {
    const json = minimalDatasetJson();
    const [usa] = json['countries'] as Record<string, unknown>[];
    if (!usa) throw new Error('fixture');
    usa['zone'] = 'Nordic';
    expect(() => parseDataset(json)).toThrow('countries[0]: "zone" must be one of African-Islamic,');
    usa['zone'] = 'English-Speaking';
    usa['western'] = 'yes';
    expect(() => parseDataset(json)).toThrow('countries[0]: "western" must be true or false, got "yes"');
  });

  it('rejects input that is not an object at all', () => {
    expect(() => parseDataset(null)).toThrow('the top level must be an object, got null');
    expect(() => parseDataset(undefined)).toThrow(DatasetFormatError);
    expect(() => parseDataset([])).toThrow('the top level must be an object, got a list of 0');
  });
});
