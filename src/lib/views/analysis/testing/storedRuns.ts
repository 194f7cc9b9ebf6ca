/// <reference types="node" />
/** Test fixture: the bundled dataset and a fresh fake-indexeddb database holding runs made from its answers. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { appendResults, itemKey, openValueProbeDb, type ResultRecord, type ValueProbeDb } from '../../../store';
import { freshDbName, sampleRun } from '../../../store/testing/fixtures';
import { builtInReference, parseDataset } from '../../../survey';

export const dataset = parseDataset(
  JSON.parse(readFileSync(new URL('../../../../../public/data/wvs7-dataset.json', import.meta.url), 'utf8')),
);
export const reference = builtInReference(dataset);
export const QUESTION_IDS = ['Q1', 'Q27', 'Q46', 'Q164', 'Q184'];

/** A run in which every persona answers like `source`, or with the humans' own answers when source is null. */
export function answersLike(source: string | null, runId: string): ResultRecord[] {
  return QUESTION_IDS.flatMap((questionId) =>
    Object.entries(reference.responses[questionId] ?? {}).map(([countryId, response]) => ({
      runId,
      itemKey: itemKey(questionId, countryId, 'original'),
      questionId,
      countryId,
      order: 'original' as const,
      probs:
        source === null
          ? response.distribution
          : (reference.responses[questionId]?.[source]?.distribution ?? response.distribution),
      allowedMass: 1,
      method: 'full-logits' as const,
      missingLabels: [],
      tokensIn: 10,
      ms: 1,
      at: '2026-11-29T08:00:00.000Z',
    })),
  );
}

/** A fresh database with one stored run per entry of `runs` (run id → its answers). */
export async function databaseWithRuns(runs: Record<string, ResultRecord[]>): Promise<ValueProbeDb> {
  const db = await openValueProbeDb({ name: freshDbName() });
  for (const [runId, results] of Object.entries(runs)) {
    await appendResults(db, sampleRun({ id: runId, totalItems: results.length, doneItems: results.length }), results);
  }
  return db;
}
