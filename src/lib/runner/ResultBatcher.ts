import type { ResultRecord } from '../store/types';

export interface BatchLimits {
  /** Flush as soon as this many results wait. */
  maxItems: number;
  /** Flush at the latest this long after the first waiting result arrived. */
  maxDelayMs: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxItems: 20, maxDelayMs: 250 };

/**
 * Collects results and writes them in small batches: one IndexedDB transaction per result would
 * dominate the cost of a fast engine, while waiting longer would lose more on a crash. Writes run
 * one after another; a failed background write is reported by the next add() or flush().
 */
export class ResultBatcher {
  #pending: ResultRecord[] = [];
  #timer: ReturnType<typeof setTimeout> | null = null;
  #writing: Promise<void> = Promise.resolve();
  #failure: Error | null = null;

  constructor(
    private readonly write: (batch: ResultRecord[]) => Promise<void>,
    private readonly limits: BatchLimits = DEFAULT_BATCH_LIMITS,
  ) {}

  get pendingCount(): number {
    return this.#pending.length;
  }

  /** Queues a result; waits for the write only when the batch is full, so a fast engine gets back-pressure. */
  async add(result: ResultRecord): Promise<void> {
    this.#throwFailure();
    this.#pending.push(result);
    if (this.#pending.length >= this.limits.maxItems) return this.flush();
    this.#timer ??= setTimeout(() => {
      this.flush().catch(() => undefined);
    }, this.limits.maxDelayMs);
  }

  /** Writes everything queued so far and waits for all earlier writes. */
  async flush(): Promise<void> {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length > 0) {
      this.#writing = this.#writing
        .then(() => (this.#failure === null ? this.write(batch) : undefined))
        .catch((error: unknown) => {
          this.#failure ??= error instanceof Error ? error : new Error(String(error));
        });
    }
    await this.#writing;
    this.#throwFailure();
  }

  /** Drops queued results without writing them (after a failure, or when a caller gives up). */
  discard(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = [];
  }

  #throwFailure(): void {
    if (this.#failure !== null) throw this.#failure;
  }
}
