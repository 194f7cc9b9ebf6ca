/**
 * How many requests an endpoint gets at once. Starts at the configured maximum; a 429 or 5xx halves
 * the limit (never below 1) and each run of `limit` answered requests in a row raises it by one again,
 * up to the maximum, so a server that is briefly overloaded gets fewer parallel requests without the
 * user changing a setting.
 */
export class ConcurrencyLimiter {
  #limit: number;
  #active = 0;
  #successes = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(readonly maximum: number) {
    this.#limit = maximum;
  }

  get limit(): number {
    return this.#limit;
  }

  get active(): number {
    return this.#active;
  }

  /** Waits for a free slot; rejects with the signal's reason if it aborts first. */
  async acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.#active < this.#limit) {
      this.#active += 1;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        this.#active += 1;
        resolve();
      };
      const onAbort = () => {
        const index = this.#waiting.indexOf(wake);
        if (index >= 0) this.#waiting.splice(index, 1);
        reject(signal?.reason);
      };
      this.#waiting.push(wake);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Frees a slot; `overloaded` says the server answered 429 or 5xx. */
  release(overloaded: boolean): void {
    this.#active -= 1;
    if (overloaded) {
      this.#limit = Math.max(1, Math.floor(this.#limit / 2));
      this.#successes = 0;
    } else if (this.#limit < this.maximum) {
      this.#successes += 1;
      if (this.#successes >= this.#limit) {
        this.#limit += 1;
        this.#successes = 0;
      }
    }
    while (this.#active < this.#limit && this.#waiting.length > 0) this.#waiting.shift()?.();
  }
}
