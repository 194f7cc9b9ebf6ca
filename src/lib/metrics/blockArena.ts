/**
 * Hands out Float64Array blocks as views into large chunks that it keeps. A summary works on many typed blocks
 * (the human side of each question, a run's columns, pair buffers); allocating each as its own typed array
 * cost more than the arithmetic on it, because every typed array of more than a few numbers gets its own
 * buffer outside the JavaScript heap. An arena that is reset hands the same memory out again, so a block must
 * not be used after the reset that follows its take.
 */
export class BlockArena {
  readonly #chunkSize: number;
  #chunks: Float64Array[] = [];
  #chunk = 0;
  #used = 0;

  constructor(chunkSize = 1 << 16) {
    this.#chunkSize = chunkSize;
  }

  /** A block of `size` numbers; its contents are whatever the memory held, so fill it before reading. */
  take(size: number): Float64Array {
    for (;;) {
      const chunk = this.#chunks[this.#chunk];
      if (chunk === undefined) {
        this.#chunks.push(new Float64Array(Math.max(size, this.#chunkSize)));
        continue;
      }
      if (this.#used + size <= chunk.length) {
        const block = chunk.subarray(this.#used, this.#used + size);
        this.#used += size;
        return block;
      }
      // Too little room left in this chunk: move to the next (a block never spans two chunks).
      this.#chunk += 1;
      this.#used = 0;
    }
  }

  /** Makes every block taken so far available again. */
  reset(): void {
    this.#chunk = 0;
    this.#used = 0;
  }
}
