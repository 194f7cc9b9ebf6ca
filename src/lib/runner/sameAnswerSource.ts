import type { EngineDescriptor } from '../engines/types';

/**
 * Whether a stored run's engine and the loaded one give answers from the same source: same kind, model id
 * and answer-determining settings. The version (e.g. a server's fingerprint, which changes with every
 * Ollama or vLLM update) is left out: a change there is a warning, not a reason to refuse. Returns null
 * when they match, otherwise what differs, naming both values.
 */
export function sameAnswerSource(stored: EngineDescriptor, loaded: EngineDescriptor): string | null {
  if (stored.kind !== loaded.kind) return `the run used a ${stored.kind} engine, this is a ${loaded.kind} engine`;
  if (stored.modelId !== loaded.modelId) return `the run used model "${stored.modelId}", this is "${loaded.modelId}"`;
  // A batch run names no server: any endpoint serving the model continues it with the settings the batch lines used.
  const batch = stored.settings['batch'] === true;
  const names = new Set(
    batch
      ? Object.keys(stored.settings).filter((name) => name !== 'batch')
      : [...Object.keys(stored.settings), ...Object.keys(loaded.settings)],
  );
  for (const name of [...names].sort()) {
    const before = stored.settings[name];
    const now = loaded.settings[name];
    if (before !== now) return `setting ${name} was ${String(before)} in the run and is ${String(now)} now`;
  }
  return null;
}
