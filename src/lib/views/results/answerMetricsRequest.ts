import { analyseRun, analyseRuns } from './analyseRun';
import type { MetricsRequest, MetricsResponse } from './metricsWorkerMessages';

/** The metrics worker's reply to one request: the analyses, or the error's message (never a throw). */
export function answerMetricsRequest(request: MetricsRequest): MetricsResponse {
  const { id } = request;
  try {
    return request.type === 'analyse'
      ? { id, type: 'result', payload: analyseRun(request.payload) }
      : { id, type: 'results', payload: analyseRuns(request.payload) };
  } catch (error) {
    return { id, type: 'error', payload: { message: error instanceof Error ? error.message : String(error) } };
  }
}
