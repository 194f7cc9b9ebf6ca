import { runDifferences, type RunDifferences } from '../../metrics/runDifferences';
import { LOW_ALLOWED_MASS } from '../../engines/lowAllowedMass';
import { findAnswers } from '../../store/published/runsAnywhere';
import { answersAtThreshold } from './allowedMassCoverage';
import { referenceById, APP_SOURCES, type AnalyseStoredRunsInput, type StoredRunSources } from './analyseStoredRuns';
import { modelAnswersFromItems } from './modelAnswersFromItems';

/**
 * Each later run's headline figures minus the first run's, with paired two-way intervals (runDifferences): the
 * Compare view's "difference from the first run". Answers below the default allowed-mass threshold are left out,
 * as in every other figure. Fewer than two runs give none.
 */
export async function storedRunDifferences(
  { datasetUrl, referenceId, runs, resamples }: AnalyseStoredRunsInput,
  sources: StoredRunSources = APP_SOURCES,
): Promise<RunDifferences[]> {
  const [dataset, db] = await Promise.all([sources.dataset(datasetUrl), sources.database()]);
  const reference = await referenceById(db, dataset, referenceId);
  const answersOf = async (id: string) =>
    modelAnswersFromItems(
      answersAtThreshold(await findAnswers({ db, catalog: dataset, datasetUrl }, id), LOW_ALLOWED_MASS),
    );
  const [first, ...others] = runs;
  if (first === undefined) return [];
  const base = await answersOf(first.id);
  const differences: RunDifferences[] = [];
  for (const run of others) {
    differences.push(runDifferences(dataset, reference, await answersOf(run.id), base, { resamples, seed: 1 }));
  }
  return differences;
}
