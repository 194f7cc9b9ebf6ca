import type { AnalyseRunInput, AnalyseRunsInput, RunAnalysis } from './analyseRun';

/** Main thread → metrics worker. Each request carries an id the responses repeat. */
export type MetricsRequest =
  | { id: number; type: 'analyse'; payload: AnalyseRunInput }
  | { id: number; type: 'analyse-runs'; payload: AnalyseRunsInput };

/** Metrics worker → main thread: 'result' answers 'analyse', 'results' answers 'analyse-runs'. */
export type MetricsResponse =
  | { id: number; type: 'result'; payload: RunAnalysis }
  | { id: number; type: 'results'; payload: RunAnalysis[] }
  | { id: number; type: 'error'; payload: { message: string } };
