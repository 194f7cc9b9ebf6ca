import type { Engine, LoadProgress } from '../../engines/types';
import { promptTemplateHash } from '../../prompt';
import type { PromptSettings } from '../../prompt/types';
import {
  createRun,
  RunController,
  runnerStoreFor,
  type RunControllerState,
  type RunnerContext,
  type RunProgress,
} from '../../runner';
import { findResumableRuns, type RunRecord, type RunScope, type ValueProbeDb } from '../../store';
import type { Dataset, HumanReference } from '../../survey/types';
import { createEngine } from './createEngine';
import { specFromDescriptor, type EngineSpec } from './engineSpec';

export type SessionPhase = 'setup' | 'loading' | RunControllerState;

export interface RunSetup {
  name: string;
  scope: RunScope;
  promptSettings: PromptSettings;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The Run view's state: loads the chosen engine, creates the run, and drives a RunController, exposing
 * its phase, load progress and run progress as Svelte state. One engine at a time: a new engine unloads the old.
 */
export class RunSession {
  phase: SessionPhase = $state('setup');
  message: string | null = $state(null);
  loadProgress: LoadProgress | null = $state.raw(null);
  progress: RunProgress | null = $state.raw(null);
  run: RunRecord | null = $state.raw(null);
  resumable: RunRecord[] = $state.raw([]);

  #engine: Engine | null = null;
  #controller: RunController | null = null;
  #loadAbort: AbortController | null = null;
  readonly #context: RunnerContext;

  constructor(
    private readonly db: ValueProbeDb,
    private readonly dataset: Dataset,
    private readonly reference: HumanReference,
  ) {
    this.#context = { store: runnerStoreFor(db), dataset };
  }

  get busy(): boolean {
    return (
      this.phase === 'loading' || this.phase === 'running' || this.phase === 'pausing' || this.phase === 'cancelling'
    );
  }

  async refreshResumable(): Promise<void> {
    this.resumable = await findResumableRuns(this.db);
  }

  /** Loads the engine, stores a new run and starts it. */
  async start(spec: EngineSpec, setup: RunSetup): Promise<void> {
    const engine = await this.#load(spec);
    if (!engine) return;
    try {
      const templateHash = await promptTemplateHash(setup.promptSettings);
      this.run = await createRun(this.#context.store, this.dataset, {
        ...setup,
        engine: engine.descriptor,
        templateHash,
        referenceId: this.reference.id,
      });
    } catch (error) {
      this.#fail(error);
      return;
    }
    await this.#drive();
  }

  /** Continues a stored run, loading its engine first unless it is the one already loaded. */
  async resume(run: RunRecord, apiKey?: string): Promise<void> {
    this.run = run;
    const loaded = this.#engine;
    const sameEngine = loaded !== null && JSON.stringify(loaded.descriptor) === JSON.stringify(run.engine);
    if (!sameEngine) {
      let spec: EngineSpec;
      try {
        spec = specFromDescriptor(run.engine, apiKey);
      } catch (error) {
        this.#fail(error);
        return;
      }
      if (!(await this.#load(spec))) return;
    }
    await this.#drive();
  }

  pause(): void {
    this.#controller?.pause();
  }

  cancel(): void {
    if (this.phase === 'loading') {
      this.#loadAbort?.abort(new Error('Loading cancelled.'));
      return;
    }
    this.#controller?.cancel();
  }

  /** Back to choosing an engine and scope; the loaded engine stays for a next run. */
  reset(): void {
    if (this.busy) return;
    this.phase = 'setup';
    this.message = null;
    this.progress = null;
    this.loadProgress = null;
    this.run = null;
  }

  async dispose(): Promise<void> {
    this.#controller?.pause();
    await this.#engine?.unload();
    this.#engine = null;
  }

  async #load(spec: EngineSpec): Promise<Engine | null> {
    this.phase = 'loading';
    this.message = null;
    this.loadProgress = null;
    const abort = new AbortController();
    this.#loadAbort = abort;
    try {
      await this.#engine?.unload();
      this.#engine = null;
      const engine = await createEngine(spec, this.reference);
      await engine.load((progress) => {
        this.loadProgress = progress;
      }, abort.signal);
      this.#engine = engine;
      return engine;
    } catch (error) {
      this.#fail(error);
      return null;
    } finally {
      this.#loadAbort = null;
    }
  }

  async #drive(): Promise<void> {
    const engine = this.#engine;
    const run = this.run;
    if (!engine || !run) return;
    const controller = new RunController(run.id, engine, this.#context, {
      onProgress: (progress) => {
        this.progress = progress;
      },
      onStateChange: (state, message) => {
        this.phase = state;
        this.message = message;
      },
    });
    this.#controller = controller;
    await controller.start();
    this.run = (await this.#context.store.getRun(run.id)) ?? run;
    await this.refreshResumable();
  }

  #fail(error: unknown): void {
    this.phase = 'failed';
    this.message = messageOf(error);
  }
}
