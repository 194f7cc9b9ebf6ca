import { analyseRun } from './analyseRun';
import { analyseStoredRuns, type StoredRunSources } from './analyseStoredRuns';
import { storedRunDifferences } from './storedRunDifferences';
import type { MetricsRequest, MetricsResponse } from './metricsWorkerMessages';

/** The metrics worker's reply to one request: the analyses, or the error's message (never a rejection). */
export async function answerMetricsRequest(
  request: MetricsRequest,
  sources?: StoredRunSources,
): Promise<MetricsResponse> {
  const { id } = request;
  try {
    switch (request.type) {
      case 'analyse':
        return { id, type: 'result', payload: analyseRun(request.payload) };
      case 'analyse-stored-runs':
        return { id, type: 'results', payload: await analyseStoredRuns(request.payload, sources) };
      case 'stored-run-differences':
        return { id, type: 'differences', payload: await storedRunDifferences(request.payload, sources) };
    }
  } catch (error) {
    return { id, type: 'error', payload: { message: error instanceof Error ? error.message : String(error) } };
  }
}
