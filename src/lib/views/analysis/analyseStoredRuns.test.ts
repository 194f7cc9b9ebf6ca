import { describe, expect, it } from 'vitest';
import { saveReference } from '../../store';
import { sampleReference, sampleRun } from '../../store/testing/fixtures';
import { BUILT_IN_REFERENCE_ID } from '../../survey';
import { analyseStoredRuns, storedRunVersion } from './analyseStoredRuns';
import { answersLike, databaseWithRuns, dataset, QUESTION_IDS } from './testing/storedRuns';

const DATASET_URL = 'https://example.test/data/wvs7-dataset.json';
const versions = (...ids: string[]) => ids.map((id) => ({ id, version: 'v1' }));

describe('analyseStoredRuns', () => {
  it('reads each run from the database and analyses it against the built-in reference, in the runs’ order', async () => {
    const db = await databaseWithRuns({ oracle: answersLike(null, 'oracle'), usa: answersLike('USA', 'usa') });
    const sources = {
      dataset: async (url: string) => (url === DATASET_URL ? dataset : Promise.reject(new Error(url))),
      database: async () => db,
    };
    const [usa, oracle, unknown] = await analyseStoredRuns(
      {
        datasetUrl: DATASET_URL,
        referenceId: BUILT_IN_REFERENCE_ID,
        runs: versions('usa', 'oracle', 'not-stored'),
        resamples: 0,
      },
      sources,
    );
    // The humans' own answers agree perfectly; everyone-like-USA never varies, so per-question r counts as 0.
    expect(oracle?.summary.headline.pooledPearson.estimate).toBeCloseTo(1, 9);
    expect(oracle?.summary.coverage.questions).toBe(QUESTION_IDS.length);
    expect(usa?.summary.headline.meanQuestionPearson.estimate).toBe(0);
    expect(unknown?.summary.coverage.comparedPairs).toBe(0);
    // Aggregates only: the Compare view shows no rows.
    expect([oracle?.summary.items, oracle?.summary.questions, oracle?.summary.countries]).toEqual([[], [], []]);
  });

  it('adds the three baselines over the items of the run named in baselinesFor, and only that run', async () => {
    const db = await databaseWithRuns({ oracle: answersLike(null, 'oracle'), usa: answersLike('USA', 'usa') });
    const sources = { dataset: async () => dataset, database: async () => db };
    const input = { datasetUrl: DATASET_URL, referenceId: BUILT_IN_REFERENCE_ID, resamples: 0 };
    const [usa, oracle] = await analyseStoredRuns(
      { ...input, runs: versions('usa', 'oracle'), baselinesFor: 'usa' },
      sources,
    );
    expect(usa?.baselines.map((baseline) => baseline.kind)).toEqual(['uniform', 'world-average', 'country']);
    expect(oracle?.baselines).toEqual([]);
    // The run answers like the USA for everyone: exactly what the everyone-like-USA baseline does.
    const likeUsa = usa?.baselines.find((baseline) => baseline.kind === 'country');
    expect(likeUsa?.summary.headline).toEqual(usa?.summary.headline);
    const [none] = await analyseStoredRuns({ ...input, runs: versions('usa') }, sources);
    expect(none?.baselines).toEqual([]);
  });

  it('compares with an imported reference read from the database, and names one that is gone', async () => {
    const db = await databaseWithRuns({ oracle: answersLike(null, 'oracle') });
    // The imported reference holds only Q2 for the USA, which the run did not answer: no pair is compared on
    // distributions, only on the dataset's supplementary means.
    await saveReference(db, sampleReference('imported-1'));
    const sources = {
      dataset: async (url: string) => (url === DATASET_URL ? dataset : Promise.reject(new Error(url))),
      database: async () => db,
    };
    const [analysis] = await analyseStoredRuns(
      { datasetUrl: DATASET_URL, referenceId: 'imported-1', runs: versions('oracle'), resamples: 0 },
      sources,
    );
    expect(analysis?.summary.referenceId).toBe('imported-1');
    const { coverage } = analysis!.summary;
    expect(coverage.distributionCountries).toEqual([]);
    expect(coverage.comparedPairs).toBe(coverage.supplementary.reduce((total, source) => total + source.pairs, 0));
    await expect(
      analyseStoredRuns(
        { datasetUrl: DATASET_URL, referenceId: 'deleted-1', runs: versions('oracle'), resamples: 0 },
        sources,
      ),
    ).rejects.toThrow('The human reference "deleted-1" is no longer in this browser');
  });

  it('does not read a run again at the version it read last time, and reads it again at a new one', async () => {
    const db = await databaseWithRuns({ oracle: answersLike(null, 'oracle') });
    const sources = { dataset: async () => dataset, database: async () => db };
    const request = (version: string) =>
      analyseStoredRuns(
        {
          datasetUrl: DATASET_URL,
          referenceId: BUILT_IN_REFERENCE_ID,
          runs: [{ id: 'oracle', version }],
          resamples: 0,
        },
        sources,
      );
    const first = await request('v1');
    // The answers vanish from the database: the same version is still served from what was read, a new one is read again.
    await db.clear('results');
    expect((await request('v1'))[0]?.summary.coverage.comparedPairs).toBe(first[0]?.summary.coverage.comparedPairs);
    expect(first[0]?.summary.coverage.comparedPairs).toBeGreaterThan(0);
    expect((await request('v2'))[0]?.summary.coverage.comparedPairs).toBe(0);
  });

  it('versions a run by its last update and its count of answers', () => {
    const run = sampleRun({ id: 'r1', updatedAt: '2026-11-29T08:00:00.000Z', doneItems: 7 });
    expect(storedRunVersion(run)).toEqual({ id: 'r1', version: '2026-11-29T08:00:00.000Z|7' });
  });
});
