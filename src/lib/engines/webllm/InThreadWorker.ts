import type { WorkerPort } from './createWebllmWorker';
import { FakeVocabulary, FakeWebllmEngine } from './FakeWebllmEngine';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { WorkerHost } from './WorkerHost';

/** e^logit = 4, 2, 1, 1, 2 for "A", " A", "B", " B", "the" → P(A) = 0.6, P(B) = 0.2. */
const vocabulary = new FakeVocabulary(['A', ' A', 'B', ' B', 'the']);
const logits = Float32Array.from([4, 2, 1, 1, 2].map(Math.log));

/**
 * Test stand-in for the WebLLM worker: runs WorkerHost with a fake engine in this thread behind the same
 * structured-clone message boundary a real worker has. `cached` plays WebLLM's cache.
 */
export class InThreadWorker implements WorkerPort {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly deleted: string[] = [];
  readonly host: WorkerHost;

  constructor(readonly cached: Set<string> = new Set()) {
    this.host = new WorkerHost(
      {
        engine: new FakeWebllmEngine(vocabulary, logits),
        loadVocabulary: async () => vocabulary,
        hasModelInCache: async (modelId) => this.cached.has(modelId),
        deleteModelAllInfoInCache: async (modelId) => {
          this.deleted.push(modelId);
          this.cached.delete(modelId);
        },
        now: () => 0,
      },
      (response: WorkerResponse) => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(response) } as MessageEvent);
      },
    );
  }

  postMessage(message: unknown): void {
    if (this.terminated) return;
    queueMicrotask(() => void this.host.handle(structuredClone(message) as WorkerRequest));
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Simulates the worker crashing (an error event, as browsers fire for uncaught errors). */
  die(message: string): void {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

/** A worker factory that remembers every worker it made. */
export function workerFactory(cached: Set<string> = new Set()) {
  const workers: InThreadWorker[] = [];
  return {
    workers,
    create: () => {
      const worker = new InThreadWorker(cached);
      workers.push(worker);
      return worker;
    },
  };
}
