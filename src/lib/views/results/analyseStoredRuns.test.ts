import { describe, expect, it } from 'vitest';
import { saveReference } from '../../store';
import { sampleReference } from '../../store/testing/fixtures';
import { BUILT_IN_REFERENCE_ID } from '../../survey';
import { analyseStoredRuns } from './analyseStoredRuns';
import { answersLike, databaseWithRuns, dataset, QUESTION_IDS } from './testing/storedRuns';

const DATASET_URL = 'https://example.test/data/wvs7-dataset.json';

describe('analyseStoredRuns', () => {
  it('reads each run from the database and analyses it against the built-in reference, in the runs’ order', async () => {
    const db = await databaseWithRuns({ oracle: answersLike(null, 'oracle'), usa: answersLike('USA', 'usa') });
    const sources = { dataset: async (url: string) => (url === DATASET_URL ? dataset : Promise.reject(new Error(url))), database: async () => db };
    const [usa, oracle, unknown] = await analyseStoredRuns(
      { datasetUrl: DATASET_URL, referenceId: BUILT_IN_REFERENCE_ID, runIds: ['usa', 'oracle', 'not-stored'], resamples: 0 },
      sources,
    );
    // The humans' own answers agree perfectly; everyone-like-USA never varies, so per-question r is undefined.
    expect(oracle?.summary.headline.pooledPearson.estimate).toBeCloseTo(1, 9);
    expect(oracle?.summary.coverage.questions).toBe(QUESTION_IDS.length);
    expect(usa?.summary.headline.meanQuestionPearson.estimate).toBeNull();
    expect(unknown?.summary.coverage.comparedPairs).toBe(0);
    // Aggregates only: the Compare view shows no rows.
    expect([oracle?.summary.items, oracle?.summary.questions, oracle?.summary.countries]).toEqual([[], [], []]);
  });

  it('compares with an imported reference read from the database, and names one that is gone', async () => {
    const db = await databaseWithRuns({ oracle: answersLike(null, 'oracle') });
    // The imported reference holds only Q2 for the USA, which the run did not answer: nothing to compare.
    await saveReference(db, sampleReference('imported-1'));
    const sources = { dataset: async (url: string) => (url === DATASET_URL ? dataset : Promise.reject(new Error(url))), database: async () => db };
    const [analysis] = await analyseStoredRuns({ datasetUrl: DATASET_URL, referenceId: 'imported-1', runIds: ['oracle'], resamples: 0 }, sources);
    expect(analysis?.summary.referenceId).toBe('imported-1');
    expect(analysis?.summary.coverage.comparedPairs).toBe(0);
    await expect(analyseStoredRuns({ datasetUrl: DATASET_URL, referenceId: 'deleted-1', runIds: ['oracle'], resamples: 0 }, sources)).rejects.toThrow(
      'The human reference "deleted-1" is no longer in this browser',
    );
  });
});
