import type { LoadProgress } from '../types';
import type { WorkerFactory, WorkerPort } from './createWebllmWorker';
import { explainWebllmError, WebllmError } from './errors';
import type { RequestPayloads, RequestType, ResultPayloads, WorkerRequest, WorkerResponse } from './protocol';

interface Pending {
  resolve(payload: unknown): void;
  reject(error: Error): void;
  onProgress?: (progress: LoadProgress) => void;
}

/**
 * Typed request/response over one worker. Starts the worker on the first request, turns worker errors
 * into WebllmError, and on worker death fails everything in flight and forgets the worker, so the next
 * request starts a fresh one.
 */
export class WorkerChannel {
  #worker: WorkerPort | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();

  constructor(
    private readonly createWorker: WorkerFactory,
    private readonly modelIdForErrors = '',
  ) {}

  get running(): boolean {
    return this.#worker !== undefined;
  }

  /** Whether a request is in flight (the worker would answer a new one only after it). */
  get busy(): boolean {
    return this.#pending.size > 0;
  }

  request<T extends RequestType>(
    type: T,
    payload: RequestPayloads[T],
    onProgress?: (progress: LoadProgress) => void,
  ): Promise<ResultPayloads[T]> {
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise<ResultPayloads[T]>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve, reject, onProgress });
      // TypeScript cannot relate the generic T to the union member; request()'s signature does.
      const request = { id, type, payload } as WorkerRequest;
      worker.postMessage(request);
    });
  }

  /** Stops the worker at once (cancels a download or a forward pass); everything in flight rejects with `reason`. */
  terminate(reason = 'The model worker was stopped.'): void {
    const worker = this.#worker;
    this.#worker = undefined;
    worker?.terminate();
    this.#failAll(new DOMException(reason, 'AbortError'));
  }

  #ensureWorker(): WorkerPort {
    if (this.#worker) return this.#worker;
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.#receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      this.#worker = undefined;
      worker.terminate();
      this.#failAll(
        new WebllmError(
          explainWebllmError(
            `WorkerDied: ${event.message || 'the worker stopped without a message'}`,
            this.modelIdForErrors,
          ),
        ),
      );
    };
    this.#worker = worker;
    return worker;
  }

  #receive(response: WorkerResponse): void {
    const pending = this.#pending.get(response.id);
    if (!pending) return;
    if (response.type === 'progress') {
      pending.onProgress?.(response.payload);
      return;
    }
    this.#pending.delete(response.id);
    if (response.type === 'error')
      pending.reject(new WebllmError(explainWebllmError(response.payload.message, this.modelIdForErrors)));
    else pending.resolve(response.payload);
  }

  #failAll(error: Error): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const entry of pending) entry.reject(error);
  }
}
