import type { Engine } from '../engines/types';
import { executeRun, type RunnerContext } from './executeRun';
import { RunStopRequest } from './stopRequest';
import type { RunOutcome, RunProgress } from './types';
import { withRunLock, type LockManagerLike } from './withRunLock';

/**
 * 'incomplete': every item was asked but the model answered some with no probability on any label; the stored run
 * is paused, and starting again asks those items. 'failed': the run could not start (missing, cancelled, another
 * engine, locked by another tab).
 */
export type RunControllerState =
  'idle' | 'running' | 'pausing' | 'cancelling' | 'paused' | 'incomplete' | 'completed' | 'cancelled' | 'failed';

export interface RunControllerCallbacks {
  onProgress?: (progress: RunProgress) => void;
  /** message: the pause reason, or why the run could not start. */
  onStateChange?: (state: RunControllerState, message: string | null) => void;
}

/**
 * One session of one run, for the Run view to wrap in Svelte state: start() runs or resumes the
 * run under its Web Lock, pause() and cancel() stop it after the item in flight. A paused run is
 * continued by calling start() again (or by a new controller after a reload).
 */
export class RunController {
  #state: RunControllerState = 'idle';
  #message: string | null = null;
  #progress: RunProgress | null = null;
  #abort: AbortController | null = null;

  constructor(
    readonly runId: string,
    private readonly engine: Engine,
    private readonly context: RunnerContext,
    private readonly callbacks: RunControllerCallbacks = {},
    private readonly locks?: LockManagerLike,
  ) {}

  get state(): RunControllerState {
    return this.#state;
  }

  get message(): string | null {
    return this.#message;
  }

  get progress(): RunProgress | null {
    return this.#progress;
  }

  /** Runs until done, paused, cancelled or failed; resolves with the outcome, or null if the run could not start. */
  async start(): Promise<RunOutcome | null> {
    if (this.#state === 'running' || this.#state === 'pausing' || this.#state === 'cancelling') {
      throw new Error(`Run "${this.runId}" is already ${this.#state} in this tab.`);
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.#setState('running', null);
    const work = () =>
      executeRun(this.runId, this.engine, this.context, {
        signal: abort.signal,
        onProgress: (progress) => {
          this.#progress = progress;
          this.callbacks.onProgress?.(progress);
        },
      });
    try {
      const outcome = await withRunLock(this.runId, work, this.locks);
      this.#setState(outcome.unanswered ? 'incomplete' : outcome.status, outcome.pauseReason ?? null);
      return outcome;
    } catch (error) {
      this.#setState('failed', error instanceof Error ? error.message : String(error));
      return null;
    } finally {
      this.#abort = null;
    }
  }

  /** Stops after the item in flight; an engine that honours the signal drops that item, to be asked again on resume. */
  pause(): void {
    this.#stop('pause');
  }

  /** Stops for good; stored answers are kept. */
  cancel(): void {
    this.#stop('cancel');
  }

  #stop(kind: 'pause' | 'cancel'): void {
    if (!this.#abort || this.#abort.signal.aborted) return;
    this.#abort.abort(new RunStopRequest(kind));
    this.#setState(kind === 'pause' ? 'pausing' : 'cancelling', null);
  }

  #setState(state: RunControllerState, message: string | null): void {
    this.#state = state;
    this.#message = message;
    this.callbacks.onStateChange?.(state, message);
  }
}
