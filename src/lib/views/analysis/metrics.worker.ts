/// <reference lib="webworker" />
import { answerMetricsRequest } from './answerMetricsRequest';
import type { MetricsRequest } from './metricsWorkerMessages';

/** Runs the metrics (with thousands of bootstrap resamples) away from the page so it stays responsive. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<MetricsRequest>) => {
  scope.postMessage(await answerMetricsRequest(event.data));
};
