import type { Estimate, HeadlineEstimateKey } from '../../metrics';

export type HeadlineMetric = HeadlineEstimateKey;

/** A figure a baseline reached on the same items, to compare the run with. */
export interface BaselineFigure {
  label: string;
  estimate: Estimate;
}

/**
 * Levels of a correlation, read as usual in the social sciences (Cohen 1988: 0.1 small, 0.3 medium, 0.5 large),
 * with 0.7 added for "closely". The similarities have no such convention: they are read against the baselines only.
 */
const CORRELATION_LEVELS: readonly [number, string][] = [
  [0.7, 'closely'],
  [0.5, 'well'],
  [0.3, 'moderately'],
  [0.1, 'weakly'],
];

const SUBJECT: Record<HeadlineMetric, string> = {
  pooledPearson: 'Tracks which answers are high or low, across questions and countries',
  meanQuestionPearson: 'Tracks how countries differ on a question',
  meanJsdSimilarity: 'Matches the whole spread of answers',
  meanWassersteinSimilarity: 'Matches where the answers sit on each scale',
};

function level(metric: HeadlineMetric, value: number): string {
  if (metric === 'meanJsdSimilarity' || metric === 'meanWassersteinSimilarity') return '';
  const found = CORRELATION_LEVELS.find(([threshold]) => value >= threshold);
  return found ? found[1] : 'hardly at all';
}

/** Upper and lower ends of an estimate: its interval when computed, else the estimate itself. */
function bounds(estimate: Estimate & { estimate: number }): [number, number] {
  return [estimate.low ?? estimate.estimate, estimate.high ?? estimate.estimate];
}

function comparison(model: Estimate & { estimate: number }, baselines: readonly BaselineFigure[]): string {
  const defined = baselines.filter(
    (baseline): baseline is BaselineFigure & { estimate: Estimate & { estimate: number } } =>
      baseline.estimate.estimate !== null,
  );
  if (defined.length === 0) return 'no baseline to compare with';
  const best = defined.reduce((a, b) => (b.estimate.estimate > a.estimate.estimate ? b : a));
  const [modelLow, modelHigh] = bounds(model);
  const bestHigh = bounds(best.estimate)[1];
  if (modelLow > bestHigh) return 'clearly better than every baseline';
  const beaten = defined.filter((baseline) => modelHigh < bounds(baseline.estimate)[0]);
  if (beaten.length > 0) return `worse than ${beaten.map((baseline) => `“${baseline.label}”`).join(' and ')}`;
  return `about as well as “${best.label}”, the best baseline`;
}

/**
 * One plain sentence for a headline figure: its level (correlations, thresholds above) and how it stands against
 * the baselines, where "clearly" means the 95 % intervals do not overlap.
 */
export function headlineVerdict(metric: HeadlineMetric, model: Estimate, baselines: readonly BaselineFigure[]): string {
  if (model.estimate === null) return `${SUBJECT[metric]}: cannot be said from these answers.`;
  const defined = { ...model, estimate: model.estimate };
  const how = level(metric, model.estimate);
  return `${SUBJECT[metric]}${how ? ` ${how}` : ''}: ${comparison(defined, baselines)}.`;
}
