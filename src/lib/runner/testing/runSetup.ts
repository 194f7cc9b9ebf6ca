/** Shared set-up for runner tests and the pipeline bench: a fresh database holding one new run. */
import type { EngineDescriptor } from '../../engines/types';
import type { PromptSettings } from '../../prompt/types';
import { openValueProbeDb } from '../../store/openValueProbeDb';
import type { ValueProbeDb } from '../../store/schema';
import { freshDbName, makeCountry, makeQuestion } from '../../store/testing/fixtures';
import type { RunRecord, RunScope } from '../../store/types';
import type { Dataset } from '../../survey/types';
import { createRun } from '../createRun';
import { runnerStoreFor } from '../runnerStoreFor';
import type { RunnerStore } from '../types';

export interface RunSetup {
  dbName: string;
  db: ValueProbeDb;
  store: RunnerStore;
  run: RunRecord;
}

/** questionCount two-option questions Q1…Qn and the given countries. */
export function wideCatalog(
  questionCount: number,
  countryIds: string[] = ['USA'],
): Pick<Dataset, 'questions' | 'countries' | 'datasetVersion'> {
  return {
    datasetVersion: 'test-1',
    questions: Array.from({ length: questionCount }, (_, index) => makeQuestion(`Q${index + 1}`, 2)),
    countries: countryIds.map((id) => makeCountry(id, `Country ${id}`)),
  };
}

export async function setUpRun(
  dataset: Pick<Dataset, 'questions' | 'countries' | 'datasetVersion'>,
  engine: EngineDescriptor,
  scope: RunScope,
  promptSettings: PromptSettings = { persona: 'person-from', language: 'en', order: 'original' },
): Promise<RunSetup> {
  const dbName = freshDbName();
  const db = await openValueProbeDb({ name: dbName });
  const store = runnerStoreFor(db);
  const run = await createRun(
    store,
    dataset,
    { name: 'Test run', engine, promptSettings, templateHash: 'hash', referenceId: 'builtin', scope },
    'run-1',
    new Date('2026-01-01T00:00:00.000Z'),
  );
  return { dbName, db, store, run };
}
