/** What the client needs from a worker; a real Worker has it, tests pass an in-thread stand-in. */
export interface WorkerPort {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type WorkerFactory = () => WorkerPort;

/**
 * Starts the WebLLM worker. Vite bundles webllm.worker.ts (and WebLLM with it) as a separate chunk,
 * fetched only when this runs, i.e. when the user starts a WebLLM model or opens the cache manager.
 */
export const createWebllmWorker: WorkerFactory = () =>
  new Worker(new URL('./webllm.worker.ts', import.meta.url), { type: 'module', name: 'webllm' });
