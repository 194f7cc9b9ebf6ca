import type { AnalyseRunInput, RunAnalysis } from './analyseRun';

/** Main thread → metrics worker. Each request carries an id the responses repeat. */
export type MetricsRequest = { id: number; type: 'analyse'; payload: AnalyseRunInput };

/** Metrics worker → main thread. */
export type MetricsResponse =
  | { id: number; type: 'result'; payload: RunAnalysis }
  | { id: number; type: 'error'; payload: { message: string } };
