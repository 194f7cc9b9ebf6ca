import type { AnalyseRunInput, RunAnalysis } from './analyseRun';
import type { RunDifferences } from '../../metrics/runDifferences';
import type { AnalyseStoredRunsInput } from './analyseStoredRuns';

/** Main thread → metrics worker. Each request carries an id the responses repeat. */
export type MetricsRequest =
  | { id: number; type: 'analyse'; payload: AnalyseRunInput }
  | { id: number; type: 'analyse-stored-runs'; payload: AnalyseStoredRunsInput }
  | { id: number; type: 'stored-run-differences'; payload: AnalyseStoredRunsInput };

/**
 * Metrics worker → main thread: 'result' answers 'analyse', 'results' answers 'analyse-stored-runs',
 * 'differences' answers 'stored-run-differences'.
 */
export type MetricsResponse =
  | { id: number; type: 'result'; payload: RunAnalysis }
  | { id: number; type: 'results'; payload: RunAnalysis[] }
  | { id: number; type: 'differences'; payload: RunDifferences[] }
  | { id: number; type: 'error'; payload: { message: string } };
