import type { Distribution } from '../survey/types';
import type { Prompt } from '../prompt/types';

/** How the option probabilities were obtained. */
export type ScoringMethod = 'full-logits' | 'top-logprobs' | 'sampling' | 'baseline';

/** 'imported': answers made elsewhere and imported from files; such a run is never resumed here. */
export type EngineKind = 'webllm' | 'openai-endpoint' | 'baseline' | 'imported';

/** Identifies an engine exactly; part of every cache key and export. */
export interface EngineDescriptor {
  kind: EngineKind;
  /** e.g. "Qwen2.5-1.5B-Instruct-q4f16_1-MLC", "llama3.2:3b", "baseline:uniform". */
  modelId: string;
  /** Exact engine/library version, e.g. "@mlc-ai/web-llm@0.2.86", or the endpoint's reported version. */
  version: string;
  /** Everything else that changes answers (temperature, samples per item, endpoint URL without key, …). */
  settings: Record<string, string | number | boolean>;
}

/** The model's answer to one prompt. probs is in the prompt's label order (not the question's option order). */
export interface OptionScores {
  probs: Distribution;
  /** Total probability of all label tokens before renormalising; low means the model ignored the format. */
  allowedMass: number;
  method: ScoringMethod;
  /** Labels absent from a top-k list (their probability is unknown, treated as 0). */
  missingLabels: string[];
  tokensIn: number;
  ms: number;
  /** For method 'sampling': how many answers were drawn. */
  samples?: number;
  /** The version the server reported for this answer (an endpoint's system_fingerprint), when it differs per answer. */
  engineVersion?: string;
}

export type LoadPhase = 'downloading' | 'from-cache' | 'compiling' | 'ready';

export interface LoadProgress {
  phase: LoadPhase;
  /** 0…1 overall. */
  fraction: number;
  loadedBytes?: number;
  totalBytes?: number;
  text: string;
}

/** An engine answers prompts one at a time unless it declares `concurrency`. */
export interface Engine {
  readonly descriptor: EngineDescriptor;
  /** How many score() calls the runner may have in flight at once; 1 when absent. */
  readonly concurrency?: number;
  load(onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void>;
  score(prompt: Prompt, signal?: AbortSignal): Promise<OptionScores>;
  unload(): Promise<void>;
}
