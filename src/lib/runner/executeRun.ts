import { toOptionOrder } from '../engines/scoring/toOptionOrder';
import type { Engine } from '../engines/types';
import { expandOrders } from '../prompt/expandOrders';
import { personaNeedsCountry } from '../prompt/templates';
import { RunDeletedError, StorageFullError } from '../store/errors';
import type { ResultRecord, RunRecord } from '../store/types';
import type { Dataset } from '../survey/types';
import { groupIntoJobs, type ScoringJob } from './groupIntoJobs';
import { JobPrompts } from './JobPrompts';
import { orderBySharedPrefix } from './orderBySharedPrefix';
import { sameAnswerSource } from './sameAnswerSource';
import { planItems } from './planItems';
import { ProgressTracker } from './ProgressTracker';
import { DEFAULT_BATCH_LIMITS, ResultBatcher, type BatchLimits } from './ResultBatcher';
import { skippableErrorKind } from './skippableError';
import { RunStopRequest } from './stopRequest';
import type { RunnerStore, RunOutcome, RunProgress } from './types';
import { VersionWatch } from './VersionWatch';

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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describeJob(job: ScoringJob): string {
  return `${job.questionId} / ${job.countryId ?? 'no country'} (${job.order} order)`;
}

async function loadResumableRun(store: RunnerStore, runId: string, engine: Engine): Promise<RunRecord> {
  const run = await store.getRun(runId);
  if (!run) throw new Error(`There is no run "${runId}"; it may have been deleted in another tab.`);
  if (run.status === 'cancelled')
    throw new Error(`Run "${run.name}" was cancelled and cannot be resumed; start a new run.`);
  const difference = sameAnswerSource(run.engine, engine.descriptor);
  if (difference !== null) {
    throw new Error(
      `Run "${run.name}" cannot be resumed with this engine: ${difference}. Resume it with the run's own engine.`,
    );
  }
  return run;
}

function saveFailure(error: unknown): string {
  if (error instanceof StorageFullError || error instanceof RunDeletedError) return error.message;
  return `Could not save answers: ${messageOf(error)}. Answers saved earlier are kept; reload the page, then resume.`;
}

/** Asks the engine one prompt and turns its answer into a stored result for each of the job's items. */
async function answerJob(
  job: ScoringJob,
  run: RunRecord,
  prompts: JobPrompts,
  engine: Engine,
  signal: AbortSignal,
): Promise<ResultRecord[]> {
  const prompt = prompts.build(job, run);
  const { probs: byLabel, ...measures } = await engine.score(prompt, signal);
  const probs = toOptionOrder(prompt, byLabel);
  const at = new Date().toISOString();
  return job.items.map(({ key, ...identity }) => ({
    runId: run.id,
    itemKey: key,
    ...identity,
    ...measures,
    probs,
    at,
  }));
}

/** Every item was asked, some got no answer: the run is not complete, and asking again may answer them. */
function unansweredReason(progress: RunProgress): string {
  return (
    `Finished with ${progress.unanswered} of ${progress.total} prompts unanswered: the model put no probability on ` +
    `any answer letter for them. The ${progress.done} answers are saved; resume to ask the unanswered ones again.`
  );
}

/**
 * A failure wins over a stop request; a stop without a RunStopRequest (e.g. a closing page) pauses. A run that
 * asked every item but got no answer from the model for some is paused too: it is not complete, and asking
 * again may answer them.
 */
function endState(
  failure: string | null,
  signal: AbortSignal,
  progress: RunProgress,
): Pick<RunOutcome, 'status' | 'pauseReason' | 'unanswered'> {
  if (failure !== null) return { status: 'paused', pauseReason: failure };
  if (!signal.aborted && progress.unanswered > 0) {
    return { status: 'paused', pauseReason: unansweredReason(progress), unanswered: progress.unanswered };
  }
  if (!signal.aborted) return { status: 'completed' };
  const reason: unknown = signal.reason;
  if (reason instanceof RunStopRequest && reason.kind === 'cancel') return { status: 'cancelled' };
  return { status: 'paused', pauseReason: reason instanceof Error ? reason.message : `Stopped: ${String(reason)}` };
}

/**
 * Runs (or resumes) a stored run until every planned item is stored, the signal stops it, or
 * something fails. Items already stored are skipped; answers are persisted in small batches and
 * always flushed before returning. Failures pause the run with a reason that says what to do;
 * nothing stored is touched. Throws when the run cannot start (missing, cancelled, other engine) and with
 * RunDeletedError when the run was deleted while it ran (it is not written back).
 */
export async function executeRun(
  runId: string,
  engine: Engine,
  context: RunnerContext,
  options: ExecuteOptions,
): Promise<RunOutcome> {
  const { store } = context;
  const now = context.now ?? (() => performance.now());
  let run = await loadResumableRun(store, runId, engine);
  const stored = await store.listResults(runId);
  const storedKeys = new Set(stored.map((result) => result.itemKey));
  const plan = planItems(run.scope, expandOrders(run.promptSettings.order));
  const jobs = orderBySharedPrefix(
    groupIntoJobs(
      plan.filter((item) => !storedKeys.has(item.key)),
      personaNeedsCountry(run.promptSettings.persona),
    ),
  );
  const prompts = new JobPrompts(context.dataset);
  const tracker = new ProgressTracker(plan.length, stored, now());
  const versions = new VersionWatch(run.engine.version);
  for (const result of stored) versions.saw(result.engineVersion);
  versions.saw(engine.descriptor.version);
  const report = () => {
    const snapshot = tracker.snapshot(now());
    const warning = versions.warning;
    options.onProgress?.(warning === null ? snapshot : { ...snapshot, warning });
  };

  const { pauseReason: _previousReason, ...withoutReason } = run;
  run = {
    ...withoutReason,
    status: 'running',
    totalItems: plan.length,
    doneItems: stored.length,
    updatedAt: new Date().toISOString(),
  };
  run = await store.updateRun(run);
  const batcher = new ResultBatcher(async (batch) => {
    const next = { ...run, doneItems: run.doneItems + batch.length, updatedAt: new Date().toISOString() };
    await store.appendResults(next, batch);
    run = next;
  }, context.batchLimits ?? DEFAULT_BATCH_LIMITS);

  // A failure stops the other requests in flight; their items are not stored and are asked again on resume.
  const stopAll = new AbortController();
  const signal = AbortSignal.any([options.signal, stopAll.signal]);
  let failure: string | null = null;
  const fail = (reason: string) => {
    failure ??= reason;
    stopAll.abort(new Error(reason));
  };
  const queue = jobs.values();
  async function askUntilDone(): Promise<void> {
    for (let next = queue.next(); !next.done && !signal.aborted; next = queue.next()) {
      const job = next.value;
      tracker.asking(job.items[0] ?? null);
      report();
      let answers: ResultRecord[];
      try {
        answers = await answerJob(job, run, prompts, engine, signal);
      } catch (error) {
        if (signal.aborted) return;
        const skip = skippableErrorKind(error);
        if (skip !== null) {
          tracker.skipped(job.items.length, skip === 'ZeroLabelMassError');
          continue;
        }
        fail(
          `Stopped at ${describeJob(job)}: ${messageOf(error)}. Everything answered before it is saved; fix the cause, then resume.`,
        );
        return;
      }
      try {
        for (const [index, answer] of answers.entries()) {
          versions.saw(answer.engineVersion);
          tracker.recorded(answer, index === 0 ? answer.tokensIn : 0);
          await batcher.add(answer);
        }
      } catch (error) {
        fail(saveFailure(error));
        return;
      }
    }
  }
  const inFlight = Math.max(1, Math.min(engine.concurrency ?? 1, jobs.length));
  await Promise.all(Array.from({ length: inFlight }, askUntilDone));
  tracker.asking(null);

  try {
    await batcher.flush();
  } catch (error) {
    batcher.discard();
    failure ??= saveFailure(error);
  }
  const progress = tracker.snapshot(now());
  const outcome: RunOutcome = { ...endState(failure, options.signal, progress), progress };
  const final: RunRecord = { ...run, status: outcome.status, updatedAt: new Date().toISOString() };
  if (outcome.pauseReason !== undefined) final.pauseReason = outcome.pauseReason;
  try {
    const stored = await store.updateRun(final);
    // The store keeps "completed" only when every planned item is stored (an answer may be lost to a tab deleting it).
    if (stored.status === 'paused' && outcome.status !== 'paused') {
      outcome.status = 'paused';
      if (stored.pauseReason !== undefined) outcome.pauseReason = stored.pauseReason;
    }
  } catch (error) {
    if (error instanceof RunDeletedError) throw error;
    // The record stays 'running' with the progress of the last batch, so a reload still offers to resume.
    outcome.status = 'paused';
    outcome.pauseReason = saveFailure(error);
  }
  report();
  return outcome;
}
