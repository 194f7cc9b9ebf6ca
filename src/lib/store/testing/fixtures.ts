/**
 * Small hand-made records shared by the store and runner tests (not shipped: nothing in the app imports it).
 */
import type { Country, Distribution, Question } from '../../survey/types';
import { testCountry } from '../../survey/testCountry';
import { testQuestion } from '../../survey/testQuestion';
import type { ResultRecord, RunRecord, StoredReference } from '../types';
import { itemKey } from '../itemKey';

let counter = 0;
/** fake-indexeddb keeps databases for the whole test file: each test gets its own. */
export function freshDbName(): string {
  counter += 1;
  return `valueprobe-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function makeQuestion(id: string, optionCount: number): Question {
  return testQuestion({
    id,
    text: `Question ${id}?`,
    label: id,
    scaleType: optionCount === 2 ? 'binary' : 'ordinal',
    options: Array.from({ length: optionCount }, (_, index) => ({
      code: index + 1,
      text: `option ${index + 1}`,
      value: index + 1,
    })),
  });
}

export function makeCountry(id: string, name: string): Country {
  return testCountry({ id, name, isoNumeric: '000', atlasId: '000', wvsCode: 0, wvsAlpha: id });
}

/** Q1: 4 options, Q2: 2 options, Q3: 3 options; two countries. */
export const CATALOG = {
  questions: [makeQuestion('Q1', 4), makeQuestion('Q2', 2), makeQuestion('Q3', 3)],
  countries: [makeCountry('USA', 'the United States'), makeCountry('DEU', 'Germany')],
};

export function sampleRun(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id: 'run-1',
    name: 'Sample run',
    createdAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T03:04:05.000Z',
    status: 'completed',
    engine: { kind: 'baseline', modelId: 'baseline:uniform', version: '1', settings: { temperature: 1 } },
    promptSettings: { persona: 'person-from', language: 'en', order: 'original' },
    templateHash: 'abc123',
    datasetVersion: 'test-1',
    referenceId: 'builtin',
    scope: { questionIds: ['Q1', 'Q2'], countryIds: ['USA', 'DEU'] },
    totalItems: 4,
    doneItems: 2,
    ...overrides,
  };
}

export function sampleResult(questionId: string, countryId: string, probs: number[], runId = 'run-1'): ResultRecord {
  return {
    runId,
    itemKey: itemKey(questionId, countryId, 'original'),
    questionId,
    countryId,
    order: 'original',
    probs: probs as readonly number[] as Distribution,
    allowedMass: 0.9,
    method: 'full-logits',
    missingLabels: [],
    tokensIn: 42,
    ms: 12.5,
    at: '2026-01-02T03:05:00.000Z',
  };
}

export function sampleReference(id = 'wvs7-weighted'): StoredReference {
  return {
    id,
    label: 'WVS-7 (weighted)',
    weighting: 'weighted',
    source: 'WVS_Cross-National_Wave_7_csv_v6_0.csv',
    createdAt: '2026-01-02T03:04:05.000Z',
    responses: {
      Q2: {
        USA: { counts: [30, 70], n: 100, distribution: [0.3, 0.7] as readonly number[] as Distribution, mean: 1.7 },
      },
    },
  };
}
