import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../survey/parseDataset';
import { openValueProbeDb } from '../openValueProbeDb';
import { listResults } from '../results';
import { getRun, listRuns } from '../runs';
import { freshDbName } from '../testing/fixtures';
import { copyPublishedRun } from './copyPublishedRun';
import { loadPublishedRun } from './loadPublishedRun';
import { CULTURE_UNAWARE_EXAMPLE_ID } from './publishedRuns';

const publicDir = join(import.meta.dirname, '..', '..', '..', '..', 'public');
const dataset = parseDataset(JSON.parse(readFileSync(join(publicDir, 'data', 'wvs7-dataset.json'), 'utf8')));
const DATASET_URL = 'https://site.example/app/data/wvs7-dataset.json';

/** Serves public/ for addresses under https://site.example/app/ and records what was asked. */
function siteFetch(asked: string[]) {
  return (url: string) => {
    asked.push(url);
    const path = url.replace('https://site.example/app/', '');
    return Promise.resolve({
      ok: true,
      status: 200,
      text: () => Promise.resolve(readFileSync(join(publicDir, path), 'utf8')),
    });
  };
}

describe('published runs in the app', () => {
  it('fetches an example beside the dataset once and keys its answers like stored ones', async () => {
    const asked: string[] = [];
    const first = await loadPublishedRun(CULTURE_UNAWARE_EXAMPLE_ID, dataset, DATASET_URL, siteFetch(asked));
    await loadPublishedRun(CULTURE_UNAWARE_EXAMPLE_ID, dataset, DATASET_URL, siteFetch(asked));
    expect(asked).toEqual(['https://site.example/app/data/published/culturespa-culture-unaware.json']);
    // 18 × 259 items, 5 unparseable replies standing for 18 countries (see scripts/dataset/publishedRuns.test.ts)
    expect(first.results).toHaveLength(18 * 259 - 90);
    expect(first.info.unparseable).toHaveLength(90);
    expect(first.results[0]).toMatchObject({ runId: CULTURE_UNAWARE_EXAMPLE_ID, itemKey: 'Q1|AUS|original' });
  });

  it('rejects an id that is not a published run', async () => {
    await expect(loadPublishedRun('run-1', dataset, DATASET_URL, siteFetch([]))).rejects.toThrow(/not one of/);
  });

  it('copies an example into a run of one’s own with a new id, answers and all', async () => {
    const db = await openValueProbeDb({ name: freshDbName() });
    const published = await loadPublishedRun(CULTURE_UNAWARE_EXAMPLE_ID, dataset, DATASET_URL, siteFetch([]));
    const id = await copyPublishedRun(db, published, new Date('2026-12-05T10:00:00.000Z'), () => 'copy-1');
    expect(id).toBe('copy-1');
    expect(await listRuns(db)).toHaveLength(1);
    const run = await getRun(db, 'copy-1');
    expect(run).toMatchObject({
      name: 'CultureSPA: Llama-3-8B-Instruct, culture-unaware (no persona) (copy)',
      createdAt: '2026-12-05T10:00:00.000Z',
      doneItems: 18 * 259 - 90,
    });
    const stored = await listResults(db, 'copy-1');
    expect(stored).toHaveLength(18 * 259 - 90);
    expect(stored.every((result) => result.runId === 'copy-1')).toBe(true);
    db.close();
  });
});
