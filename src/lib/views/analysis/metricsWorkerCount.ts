/** Most metrics workers a page starts: each holds its own copy of the dataset and reference. */
const MAX_WORKERS = 4;

/** One metrics worker per core, at most MAX_WORKERS (the metrics bench uses the same rule). */
export function workerCountFor(cores: number): number {
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(cores) || 1));
}

/** workerCountFor the cores the browser reports. */
export function defaultWorkerCount(): number {
  return workerCountFor(globalThis.navigator?.hardwareConcurrency ?? 1);
}
