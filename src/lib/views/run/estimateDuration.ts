import type { EngineKind } from '../../engines/types';

/** How many times slower a CPU-emulated WebGPU adapter is than a mid-range laptop GPU (a rough guess). */
export const SOFTWARE_SLOWDOWN = 100;

/**
 * A rough time per prompt before any has run, so the user can judge a scope before starting.
 * WebLLM: one forward pass over a ~150-token prompt; prefill speed on a mid-range laptop GPU is roughly
 * 1,500 tokens/s per billion parameters' worth of compute, hence ~0.1 s per billion parameters plus overhead.
 * A software adapter (SwiftShader, llvmpipe) runs the same shaders on a few CPU cores: about two orders of
 * magnitude slower than that GPU (SOFTWARE_SLOWDOWN), i.e. seconds per prompt even for a 0.5B model.
 * Endpoints: a local server's round trip for one token, or samplesPerItem of them without log-probabilities.
 * Once the run starts, the live rate replaces this guess.
 */
export function secondsPerItem(
  kind: Exclude<EngineKind, 'imported'>,
  options: { parametersBillion?: number; samplesPerItem?: number; softwareAdapter?: boolean } = {},
): number {
  switch (kind) {
    case 'baseline':
      return 0.001;
    case 'webllm': {
      const onGpu = 0.05 + 0.1 * (options.parametersBillion ?? 1);
      return options.softwareAdapter ? onGpu * SOFTWARE_SLOWDOWN : onGpu;
    }
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
