import type { AnalyseRunInput, RunAnalysis } from './analyseRun';
import type { MetricsRequest, MetricsResponse } from './metricsWorkerMessages';

/**
 * The page's handle on the metrics worker: one worker, started on first use, answering requests
 * in order. `analyse` resolves with the worker's RunAnalysis or rejects with its error message.
 * Inputs must be plain data ($state.raw, not deep $state proxies, which cannot be cloned).
 */
export class MetricsClient {
  #worker: Worker | undefined;
  #nextId = 1;
  #pending = new Map<number, { resolve: (analysis: RunAnalysis) => void; reject: (error: Error) => void }>();

  analyse(input: AnalyseRunInput): Promise<RunAnalysis> {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise<RunAnalysis>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const request: MetricsRequest = { id, type: 'analyse', payload: input };
      worker.postMessage(request);
    });
  }

  terminate(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const { reject } of this.#pending.values()) reject(new Error('The metrics were cancelled: the page moved on.'));
    this.#pending.clear();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<MetricsResponse>) => {
      const pending = this.#pending.get(event.data.id);
      if (!pending) return;
      this.#pending.delete(event.data.id);
      if (event.data.type === 'result') pending.resolve(event.data.payload);
      else pending.reject(new Error(event.data.payload.message));
    };
    worker.onerror = (event) => {
      const error = new Error(`The metrics worker failed: ${event.message || 'unknown error'}. Reload the page to try again.`);
      for (const { reject } of this.#pending.values()) reject(error);
      this.#pending.clear();
      this.#worker = undefined;
    };
    this.#worker = worker;
    return worker;
  }
}
