import type { ChatMessage } from '../../prompt/types';
import type { LoadProgress, ScoringMethod } from '../types';

/**
 * Messages between the main thread (client.ts) and the WebLLM worker (webllm.worker.ts).
 * Each request `type` fixes its payload and the payload of the matching 'done' response.
 */
export interface RequestPayloads {
  load: { modelId: string };
  score: { messages: ChatMessage[]; labels: string[] };
  unload: Record<string, never>;
  /** Which of these models WebLLM has fully in its cache. */
  'cache-status': { modelIds: string[] };
  /** Deletes these models (weights, wasm, config); models not in the cache are skipped. */
  'cache-delete': { modelIds: string[] };
}

export interface ResultPayloads {
  load: { modelId: string };
  score: WorkerScores;
  unload: Record<string, never>;
  'cache-status': { cached: string[] };
  'cache-delete': { deleted: string[] };
}

/** Option scores as the worker computes them; the client adds nothing but the prompt bookkeeping. */
export interface WorkerScores {
  probs: number[];
  allowedMass: number;
  method: Extract<ScoringMethod, 'full-logits' | 'top-logprobs'>;
  missingLabels: string[];
  tokensIn: number;
  ms: number;
}

export type RequestType = keyof RequestPayloads;

export type WorkerRequest = { [T in RequestType]: { id: number; type: T; payload: RequestPayloads[T] } }[RequestType];

export type WorkerResponse =
  | { [T in RequestType]: { id: number; type: 'done'; request: T; payload: ResultPayloads[T] } }[RequestType]
  | { id: number; type: 'progress'; payload: LoadProgress }
  /** `message` is "Name: message" as WebLLM's errors stringify; errors.ts explains it. */
  | { id: number; type: 'error'; payload: { message: string } };
