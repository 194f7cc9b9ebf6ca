/// <reference lib="webworker" />
import { analyseRun } from './analyseRun';
import type { MetricsRequest, MetricsResponse } from './metricsWorkerMessages';

/** Runs the metrics (with thousands of bootstrap resamples) away from the page so it stays responsive. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { id, payload } = event.data;
  let response: MetricsResponse;
  try {
    response = { id, type: 'result', payload: analyseRun(payload) };
  } catch (error) {
    response = { id, type: 'error', payload: { message: error instanceof Error ? error.message : String(error) } };
  }
  scope.postMessage(response);
};
