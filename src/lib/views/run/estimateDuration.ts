import type { EngineKind } from '../../engines/types';

/**
 * A rough time per prompt before any has run, so the user can judge a scope before starting.
 * WebLLM: one forward pass over a ~150-token prompt; prefill speed on a mid-range laptop GPU is roughly
 * 1,500 tokens/s per billion parameters' worth of compute, hence ~0.1 s per billion parameters plus overhead.
 * Endpoints: a local server's round trip for one token, or samplesPerItem of them without log-probabilities.
 * Once the run starts, the live rate replaces this guess.
 */
export function secondsPerItem(
  kind: Exclude<EngineKind, 'imported'>,
  options: { parametersBillion?: number; samplesPerItem?: number } = {},
): number {
  switch (kind) {
    case 'baseline':
      return 0.001;
    case 'webllm':
      return 0.05 + 0.1 * (options.parametersBillion ?? 1);
    case 'openai-endpoint':
      return 0.3 * (options.samplesPerItem ?? 1);
  }
}

/** "about 3 min", "about 2 h 10 min", "under a minute". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'unknown';
  if (seconds < 60) return 'under a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `about ${hours} h` : `about ${hours} h ${rest} min`;
}
