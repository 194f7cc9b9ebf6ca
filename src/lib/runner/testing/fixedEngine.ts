/**
 * A tiny in-thread engine for runner tests and the pipeline bench (nothing in the app imports it).
 * Its answer depends only on the prompt's label count and country, so tests can write the expected
 * stored values by hand: label i of K gets (i + 1) / (1 + 2 + … + K).
 */
import type { Engine, OptionScores } from '../../engines/types';
import type { Prompt } from '../../prompt/types';
import type { Distribution } from '../../survey/types';

export interface FixedEngineOptions {
  /** Errors to throw, by 0-based call index. */
  failOnCalls?: Record<number, unknown>;
  /** Runs before each answer; may await (e.g. to block forever or to look into the store). */
  beforeAnswer?: (callIndex: number, prompt: Prompt, signal?: AbortSignal) => Promise<void> | void;
  /** allowedMass per persona country; default 0.9. */
  allowedMassByCountry?: Record<string, number>;
}

export interface FixedEngine extends Engine {
  /** Every prompt asked, in order. */
  readonly asked: Prompt[];
}

export function labelOrderProbs(labelCount: number): number[] {
  const total = (labelCount * (labelCount + 1)) / 2;
  return Array.from({ length: labelCount }, (_, index) => (index + 1) / total);
}

export function createFixedEngine(options: FixedEngineOptions = {}, modelId = 'fixed-test-engine'): FixedEngine {
  const asked: Prompt[] = [];
  return {
    descriptor: { kind: 'baseline', modelId, version: 'test', settings: { temperature: 1 } },
    asked,
    async load(onProgress) {
      onProgress({ phase: 'ready', fraction: 1, text: 'ready' });
    },
    async score(prompt, signal): Promise<OptionScores> {
      const callIndex = asked.length;
      asked.push(prompt);
      await options.beforeAnswer?.(callIndex, prompt, signal);
      signal?.throwIfAborted();
      if (options.failOnCalls && callIndex in options.failOnCalls) throw options.failOnCalls[callIndex];
      return {
        probs: labelOrderProbs(prompt.labels.length) as readonly number[] as Distribution,
        allowedMass: options.allowedMassByCountry?.[prompt.countryId] ?? 0.9,
        method: 'full-logits',
        missingLabels: [],
        tokensIn: 10,
        ms: 1,
      };
    },
    async unload() {},
  };
}
