import type { RunDifferences } from '../../metrics/runDifferences';
import type { AnalyseRunInput, RunAnalysis } from './analyseRun';
import type { AnalyseStoredRunsInput } from './analyseStoredRuns';
import type { MetricsRequest, MetricsResponse } from './metricsWorkerMessages';
import { splitIntoShares } from './splitIntoShares';

type Success = Exclude<MetricsResponse, { type: 'error' }>;
/** Omit applied to each member of a union rather than to the union as a whole. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<MetricsRequest>;

interface Pending {
  worker: number;
  resolve: (response: Success) => void;
  reject: (error: Error) => void;
}

/**
 * The page's handle on its metrics workers, started on first use; each answers its requests in order.
 * `analyse` runs on the first worker; `analyseStoredRuns` splits the runs over all of them (the summaries are
 * independent, so several cores work at once; each worker reads its runs from IndexedDB) and resolves with the
 * analyses in the runs' order.
 * Requests reject with the worker's error message. Inputs must be plain data ($state.raw, not deep $state
 * proxies, which cannot be cloned).
 */
export class MetricsClient {
  #workers: (Worker | undefined)[];
  #nextId = 1;
  #pending = new Map<number, Pending>();

  constructor(workerCount = 1) {
    if (!Number.isInteger(workerCount) || workerCount < 1) {
      throw new Error(`MetricsClient: workerCount is ${workerCount}; use a whole number ≥ 1`);
    }
    this.#workers = Array.from({ length: workerCount }, () => undefined);
  }

  async analyse(input: AnalyseRunInput): Promise<RunAnalysis> {
    const response = await this.#request(0, { type: 'analyse', payload: input });
    if (response.type !== 'result') throw new Error(`The metrics worker answered '${response.type}' to 'analyse'.`);
    return response.payload;
  }

  async analyseStoredRuns({ runs, ...shared }: AnalyseStoredRunsInput): Promise<RunAnalysis[]> {
    // The same runs go to the same worker on every request, so a worker can keep what it read.
    const shares = splitIntoShares(runs, this.#workers.length);
    const responses = await Promise.all(
      shares.map((share, worker) =>
        this.#request(worker, { type: 'analyse-stored-runs', payload: { ...shared, runs: share } }),
      ),
    );
    return responses.flatMap((response) => {
      if (response.type !== 'results') {
        throw new Error(`The metrics worker answered '${response.type}' to 'analyse-stored-runs'.`);
      }
      return response.payload;
    });
  }

  /** Each later run's headline figures minus the first run's, with paired intervals; on the first worker. */
  async storedRunDifferences(input: AnalyseStoredRunsInput): Promise<RunDifferences[]> {
    const response = await this.#request(0, { type: 'stored-run-differences', payload: input });
    if (response.type !== 'differences') {
      throw new Error(`The metrics worker answered '${response.type}' to 'stored-run-differences'.`);
    }
    return response.payload;
  }

  terminate(): void {
    this.#workers.forEach((worker) => worker?.terminate());
    this.#workers.fill(undefined);
    for (const { reject } of this.#pending.values())
      reject(new Error('The metrics were cancelled: the page moved on.'));
    this.#pending.clear();
  }

  #request(workerIndex: number, request: Request): Promise<Success> {
    const worker = this.#start(workerIndex);
    const id = this.#nextId++;
    return new Promise<Success>((resolve, reject) => {
      this.#pending.set(id, { worker: workerIndex, resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  #start(index: number): Worker {
    const running = this.#workers[index];
    if (running) return running;
    const worker = new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<MetricsResponse>) => {
      const pending = this.#pending.get(event.data.id);
      if (!pending) return;
      this.#pending.delete(event.data.id);
      if (event.data.type === 'error') pending.reject(new Error(event.data.payload.message));
      else pending.resolve(event.data);
    };
    worker.onerror = (event) => {
      const error = new Error(
        `The metrics worker failed: ${event.message || 'unknown error'}. Reload the page to try again.`,
      );
      for (const [id, pending] of this.#pending) {
        if (pending.worker !== index) continue;
        pending.reject(error);
        this.#pending.delete(id);
      }
      this.#workers[index] = undefined;
    };
    this.#workers[index] = worker;
    return worker;
  }
}
