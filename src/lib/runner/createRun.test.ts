import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openValueProbeDb } from '../store/openValueProbeDb';
import { getRun } from '../store/runs';
import type { ValueProbeDb } from '../store/schema';
import { CATALOG, freshDbName } from '../store/testing/fixtures';
import { createRun, type NewRun } from './createRun';
import { runnerStoreFor } from './runnerStoreFor';

const DATASET = { ...CATALOG, datasetVersion: 'test-7' };
const INPUT: NewRun = {
  name: 'Qwen, person-from',
  engine: {
    kind: 'webllm',
    modelId: 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
    version: '@mlc-ai/web-llm@0.2.86',
    settings: {},
  },
  promptSettings: { persona: 'person-from', language: 'en', order: 'both' },
  templateHash: 'feed',
  referenceId: 'builtin',
  scope: { questionIds: ['Q1', 'Q2', 'Q3'], countryIds: ['USA', 'DEU'] },
};

let db: ValueProbeDb;
beforeEach(async () => {
  db = await openValueProbeDb({ name: freshDbName() });
});
afterEach(() => db.close());

describe('createRun', () => {
  it('stores a not-yet-started run with its plan size', async () => {
    const run = await createRun(runnerStoreFor(db), DATASET, INPUT, 'run-9', new Date('2026-05-06T07:08:09.000Z'));
    // 3 questions × 2 countries × 2 orders = 12 items.
    expect(run).toEqual({
      ...INPUT,
      id: 'run-9',
      createdAt: '2026-05-06T07:08:09.000Z',
      updatedAt: '2026-05-06T07:08:09.000Z',
      status: 'paused',
      pauseReason: 'Not started yet.',
      datasetVersion: 'test-7',
      totalItems: 12,
      doneItems: 0,
    });
    expect(await getRun(db, 'run-9')).toEqual(run);
  });

  it.each([
    [{ questionIds: [], countryIds: ['USA'] }, 'Choose at least one question for the run.'],
    [{ questionIds: ['Q1'], countryIds: [] }, 'Choose at least one country for the run.'],
    [
      { questionIds: ['Q1', 'Q404'], countryIds: ['USA'] },
      'Question "Q404" is not in the dataset; remove it from the run.',
    ],
    [{ questionIds: ['Q1'], countryIds: ['ATL'] }, 'Country "ATL" is not in the dataset; remove it from the run.'],
    [
      { questionIds: ['Q1', 'Q1'], countryIds: ['USA'] },
      '"Q1" is listed twice in the run\'s scope; list each question and country once.',
    ],
  ])('rejects scope %j', async (scope, message) => {
    await expect(createRun(runnerStoreFor(db), DATASET, { ...INPUT, scope }, 'bad')).rejects.toThrow(message);
    expect(await getRun(db, 'bad')).toBeUndefined();
  });
});
