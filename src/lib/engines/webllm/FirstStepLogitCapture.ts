import type { LogitProcessor } from '@mlc-ai/web-llm';

/**
 * A WebLLM LogitProcessor that copies the full logits of the first generated token after arm(),
 * and changes nothing: the returned logits are the ones it was given.
 */
export class FirstStepLogitCapture implements LogitProcessor {
  #armed = false;
  #captured: Float32Array | undefined;

  /** Call right before a request whose first-step logits you want. */
  arm(): void {
    this.#armed = true;
    this.#captured = undefined;
  }

  /** The captured logits (once), or undefined when WebLLM never called processLogits. */
  take(): Float32Array | undefined {
    const captured = this.#captured;
    this.#armed = false;
    this.#captured = undefined;
    return captured;
  }

  processLogits = (logits: Float32Array): Float32Array => {
    if (this.#armed) {
      // WebLLM copies the array back to the GPU after we return; keep our own copy.
      this.#captured = logits.slice();
      this.#armed = false;
    }
    return logits;
  };

  processSampledToken = (_token: number): void => {};

  resetState = (): void => {};
}
