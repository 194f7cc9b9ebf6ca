import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../store/types';
import { comparabilityWarnings } from './comparabilityWarnings';

function run(id: string, changes: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    name: id,
    createdAt: '2026-11-28T00:00:00.000Z',
    updatedAt: '2026-11-28T00:00:00.000Z',
    status: 'completed',
    engine: { kind: 'baseline', modelId: id, version: '1', settings: {} },
    promptSettings: { persona: 'person-from', language: 'en', order: 'original' },
    templateHash: 'h1',
    datasetVersion: 'd1',
    referenceId: 'builtin',
    scope: { questionIds: ['Q1', 'Q2'], countryIds: ['USA'] },
    totalItems: 2,
    doneItems: 2,
    ...changes,
  };
}

describe('comparabilityWarnings', () => {
  it('has nothing to say about no runs or a single run', () => {
    expect(comparabilityWarnings([])).toEqual([]);
    expect(comparabilityWarnings([run('a')])).toEqual([]);
  });

  it('accepts runs that differ only in the model, and question sets listed in another order', () => {
    expect(
      comparabilityWarnings([run('a'), run('b', { scope: { questionIds: ['Q2', 'Q1'], countryIds: ['USA'] } })]),
    ).toEqual([]);
  });

  it('flags a different prompt and order, naming the runs on each side', () => {
    const warnings = comparabilityWarnings([
      run('a'),
      run('b'),
      run('c', { templateHash: 'h2', promptSettings: { persona: 'person-from', language: 'en', order: 'both' } }),
    ]);
    expect(warnings).toEqual([
      "Different prompt template (hash): a, b vs c. Differences between these runs are not only the model's.",
      "Different option order: a, b vs c. Differences between these runs are not only the model's.",
    ]);
  });

  it('flags different question sets', () => {
    expect(
      comparabilityWarnings([run('a'), run('b', { scope: { questionIds: ['Q1'], countryIds: ['USA'] } })]),
    ).toEqual(["Different question set: a vs b. Differences between these runs are not only the model's."]);
  });
});
