import type { Dataset, HumanReference } from '../survey/types';
import { BlockArena } from './blockArena';
import type { BootstrapOptions } from './bootstrap';
import { compareItems, type ComparedRun } from './compareItems';
import {
  comparedColumns,
  meanOfQuestionMeansOnCross,
  meanQuestionPearsonOnCross,
  pooledPearsonOnCross,
  type RunCross,
} from './crossStatistics';
import { pairedDifference } from './pairedDifference';
import type { HeadlineEstimateKey, ModelAnswers, TwoWayEstimate } from './types';

/** Run A's headline figure minus run B's, each with its paired two-way interval. */
export type RunDifferences = Record<HeadlineEstimateKey, TwoWayEstimate>;

/** Separate from summariseRun's arena: both runs' columns must live at once. */
const scratch = new BlockArena();

/**
 * The headline figures of run A minus those of run B, like for like: on the scored questions (flagged ones left
 * out) and countries both runs compared, with intervals from a paired two-way bootstrap (pairedDifference).
 */
export function runDifferences(
  dataset: Dataset,
  reference: HumanReference,
  answersA: ModelAnswers,
  answersB: ModelAnswers,
  bootstrap: BootstrapOptions,
): RunDifferences {
  scratch.reset();
  const scored = dataset.questions.filter((question) => question.flags.length === 0);
  const a = compareItems(scored, dataset.countries, reference, answersA, scratch);
  const b = compareItems(scored, dataset.countries, reference, answersB, scratch);
  const rowsA = rowOf(a);
  const rowsB = rowOf(b);
  const common = a.questions.flatMap(({ question }) => (rowsB.has(question.id) ? [question.id] : []));
  const inB = new Set(comparedColumns(b));
  const columns = comparedColumns(a).filter((column) => inB.has(column));
  const crossA: RunCross = { run: a, columns };
  const crossB: RunCross = { run: b, columns };
  const difference = (
    keep: (run: ComparedRun, row: number) => boolean,
    statistic: (
      cross: RunCross,
      rows: readonly number[],
    ) => (q: readonly number[], c: readonly number[]) => number | null,
  ) => {
    const ids = common.filter((id) => keep(a, rowsA.get(id) as number));
    const aRows = ids.map((id) => rowsA.get(id) as number);
    const bRows = ids.map((id) => rowsB.get(id) as number);
    return pairedDifference(ids.length, columns.length, statistic(crossA, aRows), statistic(crossB, bRows), bootstrap);
  };
  const all = () => true;
  const ordered = (run: ComparedRun, row: number) => run.questions[row]?.human.scale !== null;
  return {
    pooledPearson: difference(ordered, (cross, rows) => pooledPearsonOnCross(cross, rows)),
    meanQuestionPearson: difference(ordered, (cross, rows) => meanQuestionPearsonOnCross(cross, rows)),
    meanJsdSimilarity: difference(all, (cross, rows) =>
      meanOfQuestionMeansOnCross(cross, cross.run.jsdSimilarity, rows),
    ),
    meanWassersteinSimilarity: difference(ordered, (cross, rows) =>
      meanOfQuestionMeansOnCross(cross, cross.run.wassersteinSimilarity, rows),
    ),
  };
}

function rowOf(run: ComparedRun): Map<string, number> {
  return new Map(run.questions.map(({ question }, row) => [question.id, row]));
}
