import { toOptionOrder } from '../engines/scoring/toOptionOrder';
import type { Engine } from '../engines/types';
import { buildPrompt } from '../prompt/buildPrompt';
import { expandOrders } from '../prompt/expandOrders';
import { personaNeedsCountry } from '../prompt/templates';
import { StorageFullError } from '../store/errors';
import type { ResultRecord, RunRecord } from '../store/types';
import type { Country, Dataset, Question } from '../survey/types';
import { groupIntoJobs, type ScoringJob } from './groupIntoJobs';
import { planItems } from './planItems';
import { ProgressTracker } from './ProgressTracker';
import { DEFAULT_BATCH_LIMITS, ResultBatcher, type BatchLimits } from './ResultBatcher';
import { skippableErrorKind } from './skippableError';
import { RunStopRequest } from './stopRequest';
import type { RunnerStore, RunOutcome, RunProgress } from './types';

export interface RunnerContext {
  store: RunnerStore;
  dataset: Pick<Dataset, 'questions' | 'countries'>;
  batchLimits?: BatchLimits;
  /** Milliseconds for rates; performance.now by default. */
  now?: () => number;
}

export interface ExecuteOptions {
  signal: AbortSignal;
  onProgress?: (progress: RunProgress) => void;
}

const RESUME_HINT = 'Everything answered before it is saved; fix the cause, then resume.';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describeJob(job: ScoringJob): string {
  return `${job.questionId} / ${job.countryId ?? 'no country'} (${job.order} order)`;
}

async function loadResumableRun(store: RunnerStore, runId: string, engine: Engine): Promise<RunRecord> {
  const run = await store.getRun(runId);
  if (!run) throw new Error(`There is no run "${runId}"; it may have been deleted in another tab.`);
  if (run.status === 'cancelled') throw new Error(`Run "${run.name}" was cancelled and cannot be resumed; start a new run.`);
  if (JSON.stringify(run.engine) !== JSON.stringify(engine.descriptor)) {
    throw new Error(
      `Run "${run.name}" was made with ${run.engine.modelId} (${JSON.stringify(run.engine.settings)}); ` +
        `resume it with that engine and settings, not ${engine.descriptor.modelId} (${JSON.stringify(engine.descriptor.settings)}).`,
    );
  }
  return run;
}

/** A failure wins over a stop request; a stop without a RunStopRequest (e.g. a closing page) pauses. */
function endState(failure: string | null, signal: AbortSignal): Pick<RunOutcome, 'status' | 'pauseReason'> {
  if (failure !== null) return { status: 'paused', pauseReason: failure };
  if (!signal.aborted) return { status: 'completed' };
  const reason: unknown = signal.reason;
  if (reason instanceof RunStopRequest && reason.kind === 'cancel') return { status: 'cancelled' };
  return { status: 'paused', pauseReason: reason instanceof Error ? reason.message : `Stopped: ${String(reason)}` };
}

type Lookup = { questions: Map<string, Question>; countries: Map<string, Country> };

function lookupFor(dataset: RunnerContext['dataset']): Lookup {
  return {
    questions: new Map(dataset.questions.map((question) => [question.id, question])),
    countries: new Map(dataset.countries.map((country) => [country.id, country])),
  };
}

/** Builds the prompt for a job from the dataset, failing with a message that names the missing id. */
function promptFor(job: ScoringJob, run: RunRecord, lookup: Lookup) {
  const question = lookup.questions.get(job.questionId);
  if (!question) throw new Error(`question ${job.questionId} is not in this dataset; the run needs dataset ${run.datasetVersion}`);
  const country = job.countryId === null ? null : lookup.countries.get(job.countryId);
  if (country === undefined) throw new Error(`country ${job.countryId} is not in this dataset; the run needs dataset ${run.datasetVersion}`);
  return buildPrompt(question, country, run.promptSettings, job.order);
}

/**
 * Runs (or resumes) a stored run until every planned item is stored, the signal stops it, or
 * something fails. Items already stored are skipped; answers are persisted in small batches and
 * always flushed before returning. Failures pause the run with a reason that says what to do;
 * nothing stored is touched. Throws only when the run cannot start (missing, cancelled, other engine).
 */
export async function executeRun(runId: string, engine: Engine, context: RunnerContext, options: ExecuteOptions): Promise<RunOutcome> {
  const { store } = context;
  const now = context.now ?? (() => performance.now());
  let run = await loadResumableRun(store, runId, engine);
  const stored = await store.listResults(runId);
  const storedKeys = new Set(stored.map((result) => result.itemKey));
  const plan = planItems(run.scope, expandOrders(run.promptSettings.order));
  const jobs = groupIntoJobs(
    plan.filter((item) => !storedKeys.has(item.key)),
    personaNeedsCountry(run.promptSettings.persona),
  );
  const lookup = lookupFor(context.dataset);
  const tracker = new ProgressTracker(plan.length, stored, now());
  const report = () => options.onProgress?.(tracker.snapshot(now()));

  const { pauseReason: _previousReason, ...withoutReason } = run;
  run = { ...withoutReason, status: 'running', totalItems: plan.length, doneItems: stored.length, updatedAt: new Date().toISOString() };
  await store.putRun(run);
  const batcher = new ResultBatcher(async (batch) => {
    const next = { ...run, doneItems: run.doneItems + batch.length, updatedAt: new Date().toISOString() };
    await store.appendResults(next, batch);
    run = next;
  }, context.batchLimits ?? DEFAULT_BATCH_LIMITS);

  let failure: string | null = null;
  for (const job of jobs) {
    if (options.signal.aborted) break;
    tracker.asking(job.items[0] ?? null);
    report();
    try {
      const prompt = promptFor(job, run, lookup);
      const scores = await engine.score(prompt, options.signal);
      const { probs: byLabel, ...measures } = scores;
      const probs = toOptionOrder(prompt, byLabel);
      const at = new Date().toISOString();
      for (const [index, item] of job.items.entries()) {
        const { key, ...identity } = item;
        const result: ResultRecord = { runId, itemKey: key, ...identity, ...measures, probs, at };
        tracker.recorded(result, index === 0 ? scores.tokensIn : 0);
        await batcher.add(result);
      }
    } catch (error) {
      if (options.signal.aborted) break;
      const skip = skippableErrorKind(error);
      if (skip !== null) {
        tracker.skipped(job.items.length, skip === 'ZeroLabelMassError');
        continue;
      }
      failure = error instanceof StorageFullError ? error.message : `Stopped at ${describeJob(job)}: ${messageOf(error)}. ${RESUME_HINT}`;
      break;
    }
  }
  tracker.asking(null);

  try {
    await batcher.flush();
  } catch (error) {
    batcher.discard();
    failure ??= error instanceof StorageFullError ? error.message : `Could not save answers: ${messageOf(error)}. ${RESUME_HINT}`;
  }
  const outcome: RunOutcome = { ...endState(failure, options.signal), progress: tracker.snapshot(now()) };
  const final: RunRecord = { ...run, status: outcome.status, updatedAt: new Date().toISOString() };
  if (outcome.pauseReason !== undefined) final.pauseReason = outcome.pauseReason;
  try {
    await store.putRun(final);
  } catch (error) {
    // The record stays 'running' with the progress of the last batch, so a reload still offers to resume.
    outcome.status = 'paused';
    outcome.pauseReason = error instanceof StorageFullError ? error.message : `Could not save the run's state: ${messageOf(error)}.`;
  }
  report();
  return outcome;
}
