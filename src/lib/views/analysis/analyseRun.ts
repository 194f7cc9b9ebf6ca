import { DEFAULT_BASELINE_COUNTRY, type BaselineKind } from '../../engines/baselines';
import { summariseRun, type RunSummary, type SummaryOptions } from '../../metrics';
import type { ResultItem } from '../../store/types';
import type { Dataset, HumanReference } from '../../survey/types';
import { LOW_ALLOWED_MASS } from '../../engines/lowAllowedMass';
import { allowedMassCoverage, answersAtThreshold, type AllowedMassCoverage } from './allowedMassCoverage';
import { baselineAnswers } from './baselineAnswers';
import { categoryCountryPearson, type CategoryCountryCell } from './categoryCountryPearson';
import { modelAnswersFromItems } from './modelAnswersFromItems';

export interface AnalyseRunInput {
  dataset: Dataset;
  reference: HumanReference;
  items: readonly Pick<ResultItem, 'questionId' | 'countryId' | 'order' | 'probs' | 'allowedMass'>[];
  /** Bootstrap resamples (0 = fast pass without intervals). */
  resamples: number;
  /** Answers whose allowed mass is below this are left out of every figure and counted (default LOW_ALLOWED_MASS). */
  allowedMassThreshold?: number;
  /** Also summarise the three baselines over the same items (Results headline); Compare skips them. */
  withBaselines: boolean;
  /**
   * The summary's item, question and country rows and the category × country cells built from the item rows
   * (default true). The Compare view shows none of them, only the aggregates.
   */
  rows?: boolean;
}

export interface BaselineSummary {
  kind: BaselineKind;
  label: string;
  summary: RunSummary;
}

/** Everything the Results and Compare views print for one run; computed off the main thread. */
export interface RunAnalysis {
  summary: RunSummary;
  baselines: BaselineSummary[];
  categoryCountry: CategoryCountryCell[];
  allowedMass: AllowedMassCoverage;
}

const BASELINE_LABELS: Record<BaselineKind, string> = {
  uniform: 'Uniform answers',
  'world-average': 'World average for everyone',
  country: `Everyone like ${DEFAULT_BASELINE_COUNTRY}`,
};

/** The summary options of a view: `rows` false for one that shows only the aggregates (see AnalyseRunInput). */
export function summaryOptions(resamples: number, rows: boolean): SummaryOptions {
  return { resamples, includeItems: rows, includeQuestionAndCountryRows: rows };
}

/**
 * One run's summary, its baselines over the same items, the category × country cells and format coverage. Only
 * the answers whose allowed mass reaches the threshold enter the figures; the others are counted in allowedMass.
 */
export function analyseRun({
  dataset,
  reference,
  items,
  resamples,
  withBaselines,
  rows = true,
  allowedMassThreshold = LOW_ALLOWED_MASS,
}: AnalyseRunInput): RunAnalysis {
  const answers = modelAnswersFromItems(answersAtThreshold(items, allowedMassThreshold));
  const summary = summariseRun(dataset, reference, answers, summaryOptions(resamples, rows));
  const kinds: BaselineKind[] = withBaselines ? ['uniform', 'world-average', 'country'] : [];
  const baselines = kinds.map((kind) => ({
    kind,
    label: BASELINE_LABELS[kind],
    // Only the baselines' headline is shown: leave their rows out to keep the worker's reply small.
    summary: summariseRun(dataset, reference, baselineAnswers(kind, reference, answers), {
      ...summaryOptions(resamples, false),
      groupAndCategoryIntervals: false,
    }),
  }));
  const categoryOf = new Map(dataset.questions.map((question) => [question.id, question.category]));
  return {
    summary,
    baselines,
    categoryCountry: categoryCountryPearson(summary.items, categoryOf),
    allowedMass: allowedMassCoverage(items, allowedMassThreshold),
  };
}
