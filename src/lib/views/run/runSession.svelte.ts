import { AUTH_FAILURE_PHRASE, EndpointError } from '../../engines/openai';
import type { Engine, LoadProgress } from '../../engines/types';
import { promptTemplateHash } from '../../prompt';
import type { PromptSettings } from '../../prompt/types';
import {
  batchDescriptor,
  createRun,
  importBatchOutput,
  isBatchRun,
  RunController,
  runnerStoreFor,
  sameAnswerSource,
  type RunControllerState,
  type RunnerContext,
  type RunProgress,
  type UnansweredLine,
} from '../../runner';
import { findResumableRuns, type RunRecord, type RunScope, type ValueProbeDb } from '../../store';
import type { Dataset, HumanReference } from '../../survey/types';
import { describeBatchImport, downloadBatchInput } from './batchFiles';
import { createEngine } from './createEngine';
import { apiKeyFor, bindApiKey, isTrustedOrigin, rememberedEndpoint, trustOrigin } from './endpointMemory';
import { specFromDescriptor, type EndpointAccess, type EngineSpec } from './engineSpec';

export type SessionPhase = 'setup' | 'loading' | RunControllerState;

export interface RunSetup {
  name: string;
  scope: RunScope;
  promptSettings: PromptSettings;
}

/** An endpoint run waiting for the user: to confirm where its requests go, or for an API key. */
export interface ResumeRequest {
  run: RunRecord;
  url: string;
  /** The URL's origin was never entered in the endpoint form or confirmed in this browser. */
  untrusted: boolean;
  /** The server refused the key (or the missing key) the last attempt used. */
  keyRejected: boolean;
  /** The key bound to this exact origin, if any. */
  apiKey: string;
}

/** What the last batch-file action did: a confirmation (with the lines left unanswered) or what stopped it. */
export interface BatchNotice {
  ok: boolean;
  text: string;
  unanswered: UnansweredLine[];
  /** The run to open in Results, once it holds answers. */
  runId: string | null;
}

/** Until its output is imported, a batch run waits for the user, not for an engine. */
const BATCH_WAITING =
  'Waiting for the batch output: run the batch input file with vLLM or the OpenAI Batch API, then import its output here.';

/** Where an endpoint run's requests go; a batch run names no server, so it goes to the endpoint last entered. */
function endpointUrlOf(run: RunRecord): string | null {
  if (isBatchRun(run)) return rememberedEndpoint().baseUrl.trim() || null;
  const { baseUrl } = run.engine.settings;
  return run.engine.kind === 'openai-endpoint' && typeof baseUrl === 'string' ? baseUrl : null;
}

function endpointAccess(apiKey: string, baseUrl: string): EndpointAccess {
  const remembered = rememberedEndpoint();
  return {
    baseUrl,
    timeoutMs: remembered.timeoutSeconds * 1000,
    concurrency: remembered.concurrency,
    ...(apiKey ? { apiKey } : {}),
  };
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
  pendingResume: ResumeRequest | null = $state.raw(null);
  batchNotice: BatchNotice | null = $state.raw(null);

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

  /** Stores a run to be answered through a batch file and downloads its batch input; nothing is asked here. */
  async createBatchRun(modelName: string, setup: RunSetup): Promise<void> {
    await this.#batchAction(async () => {
      const templateHash = await promptTemplateHash(setup.promptSettings);
      const created = await createRun(this.#context.store, this.dataset, {
        ...setup,
        engine: batchDescriptor(modelName),
        templateHash,
        referenceId: this.reference.id,
      });
      const run = { ...created, pauseReason: BATCH_WAITING };
      await this.#context.store.putRun(run);
      const lines = downloadBatchInput(run, this.dataset, []);
      return {
        ok: true,
        text: `Created the run "${run.name}" and downloaded its batch input (${lines} lines). Run it, then import the output under "Unfinished runs".`,
        unanswered: [],
        runId: null,
      };
    });
  }

  /** Downloads the batch input for the items of a batch run that have no answer yet. */
  async downloadBatchInput(run: RunRecord): Promise<void> {
    await this.#batchAction(async () => {
      const stored = await this.#context.store.listResults(run.id);
      const lines = downloadBatchInput(
        run,
        this.dataset,
        stored.map((result) => result.itemKey),
      );
      return {
        ok: true,
        text: `Downloaded the batch input for the ${lines} unanswered items of "${run.name}".`,
        unanswered: [],
        runId: null,
      };
    });
  }

  /** Fills a run from a batch output file through the endpoint engine's scorer; a bad file changes nothing. */
  async importBatch(run: RunRecord, file: File): Promise<void> {
    await this.#batchAction(async () => {
      const report = await importBatchOutput(this.#context.store, this.dataset, run.id, await file.text(), file.name);
      return {
        ok: true,
        text: describeBatchImport(report, file.name),
        unanswered: report.unanswered,
        runId: report.run.id,
      };
    });
  }

  async #batchAction(action: () => Promise<BatchNotice>): Promise<void> {
    this.batchNotice = null;
    try {
      this.batchNotice = await action();
    } catch (error) {
      this.batchNotice = { ok: false, text: messageOf(error), unanswered: [], runId: null };
    }
    await this.refreshResumable();
  }

  /**
   * Continues a stored run, loading its engine first unless the loaded one gives the same answers. An endpoint
   * run whose origin this browser has not used waits for confirmation (pendingResume) and gets only the key
   * bound to its own origin.
   */
  async resume(run: RunRecord): Promise<void> {
    const url = endpointUrlOf(run);
    if (url === null) return this.#resumeWith(run, {});
    const apiKey = apiKeyFor(url);
    if (!isTrustedOrigin(url)) {
      this.pendingResume = { run, url, untrusted: true, keyRejected: false, apiKey };
      return;
    }
    await this.#resumeWith(run, endpointAccess(apiKey, url));
  }

  /** The user confirmed the pending endpoint run's URL and entered (or left empty) its key. */
  async confirmResume(apiKey: string, rememberKey: boolean): Promise<void> {
    const pending = this.pendingResume;
    if (!pending) return;
    this.pendingResume = null;
    trustOrigin(pending.url);
    bindApiKey(pending.url, apiKey, rememberKey);
    this.#engine = null;
    await this.#resumeWith(pending.run, endpointAccess(apiKey.trim(), pending.url));
  }

  dismissResume(): void {
    this.pendingResume = null;
  }

  async #resumeWith(run: RunRecord, access: EndpointAccess): Promise<void> {
    this.run = run;
    const loaded = this.#engine;
    if (loaded === null || sameAnswerSource(run.engine, loaded.descriptor) !== null) {
      let spec: EngineSpec;
      try {
        spec = specFromDescriptor(run.engine, access);
      } catch (error) {
        this.#fail(error);
        return;
      }
      if (!(await this.#load(spec))) {
        this.#askForKeyIfRefused(run, this.#keyRefused);
        return;
      }
    }
    await this.#drive();
    this.#askForKeyIfRefused(run, this.phase === 'paused' && (this.message?.includes(AUTH_FAILURE_PHRASE) ?? false));
  }

  /** A key-protected endpoint refused the key (or its absence, e.g. after the tab was closed): ask for one. */
  #askForKeyIfRefused(run: RunRecord, refused: boolean): void {
    const url = endpointUrlOf(run);
    if (url === null || !refused) return;
    this.pendingResume = { run, url, untrusted: !isTrustedOrigin(url), keyRejected: true, apiKey: apiKeyFor(url) };
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

  #keyRefused = false;

  #fail(error: unknown): void {
    this.phase = 'failed';
    this.message = messageOf(error);
    this.#keyRefused = error instanceof EndpointError && error.kind === 'auth';
  }
}
