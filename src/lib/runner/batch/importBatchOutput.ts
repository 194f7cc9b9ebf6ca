import { ZeroLabelMassError } from '../../engines/scoring/normalizeLabelMasses';
import { scoreFromTopLogprobs } from '../../engines/scoring/scoreFromTopLogprobs';
import { toOptionOrder } from '../../engines/scoring/toOptionOrder';
import { expandOrders } from '../../prompt/expandOrders';
import type { ResultRecord, RunRecord } from '../../store/types';
import type { Dataset } from '../../survey/types';
import { JobPrompts } from '../JobPrompts';
import { planItems, type PlannedItem } from '../planItems';
import type { RunnerStore } from '../types';
import { itemPrompt } from './itemPrompt';
import { parseBatchOutput, type BatchOutcome, type LineProblem } from './parseBatchOutput';

/** An item the file does not answer: the server failed it or the model named no label. */
export interface UnansweredLine {
  line: number;
  customId: string;
  reason: string;
}

export interface BatchImportReport {
  /** Answers stored by this import. */
  imported: number;
  /** Lines whose item stays unanswered, to be asked again by any engine or another batch. */
  unanswered: UnansweredLine[];
  /** Lines for items the run had already stored; those answers were kept, not replaced. */
  alreadyStored: number;
  /** Planned items still without an answer after the import. */
  remaining: number;
  run: RunRecord;
}

const SHOWN_PROBLEMS = 20;

/** The file cannot be imported; nothing was stored. `problems` lists every bad line. */
export class BatchImportError extends Error {
  override name = 'BatchImportError';
  constructor(
    readonly problems: LineProblem[],
    fileName: string,
  ) {
    const listed = problems.slice(0, SHOWN_PROBLEMS).map((problem) => problem.message);
    if (problems.length > SHOWN_PROBLEMS) listed.push(`… and ${problems.length - SHOWN_PROBLEMS} more`);
    super(`${fileName} was not imported (nothing was changed):\n${listed.join('\n')}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Scored {
  results: ResultRecord[];
  unanswered: UnansweredLine[];
  problems: LineProblem[];
  alreadyStored: number;
}

/** Scores each answered line with the endpoint engine's scorer, in the question's option order. */
function scoreOutcomes(
  outcomes: readonly BatchOutcome[],
  run: RunRecord,
  dataset: Pick<Dataset, 'questions' | 'countries'>,
  storedKeys: ReadonlySet<string>,
  at: string,
): Scored {
  const planned = new Map<string, PlannedItem>(
    planItems(run.scope, expandOrders(run.promptSettings.order)).map((item) => [item.key, item]),
  );
  const prompts = new JobPrompts(dataset);
  const scored: Scored = { results: [], unanswered: [], problems: [], alreadyStored: 0 };
  for (const outcome of outcomes) {
    const { line, customId } = outcome;
    const item = planned.get(customId);
    if (!item) {
      scored.problems.push({
        line,
        message: `Line ${line}: custom_id "${customId}" is not an item of run "${run.name}"; was the batch input exported from another run?`,
      });
      continue;
    }
    if (storedKeys.has(customId)) {
      scored.alreadyStored += 1;
      continue;
    }
    if (outcome.kind === 'failed') {
      scored.unanswered.push({ line, customId, reason: outcome.reason });
      continue;
    }
    const prompt = itemPrompt(prompts, run, item);
    const { completion } = outcome;
    const topLogprobs = completion.choices[0]?.topLogprobs;
    if (!topLogprobs) {
      scored.unanswered.push({
        line,
        customId,
        reason: 'no top_logprobs in the answer; the server did not return log-probabilities',
      });
      continue;
    }
    try {
      const { probs, ...measures } = scoreFromTopLogprobs(topLogprobs, prompt.labels);
      const { key, ...identity } = item;
      scored.results.push({
        runId: run.id,
        itemKey: key,
        ...identity,
        ...measures,
        probs: toOptionOrder(prompt, probs),
        method: 'top-logprobs',
        tokensIn: completion.promptTokens ?? 0,
        ms: 0,
        at,
      });
    } catch (error) {
      if (error instanceof ZeroLabelMassError) scored.unanswered.push({ line, customId, reason: error.message });
      else scored.problems.push({ line, message: `Line ${line}: ${messageOf(error)}` });
    }
  }
  return scored;
}

function checkImportable(run: RunRecord | undefined, runId: string): RunRecord {
  if (!run) throw new Error(`There is no run "${runId}"; it may have been deleted in another tab.`);
  if (run.status === 'running') {
    throw new Error(`Run "${run.name}" is running; pause it before importing batch answers into it.`);
  }
  if (run.status === 'cancelled') throw new Error(`Run "${run.name}" was cancelled; start a new run for the batch.`);
  return run;
}

/**
 * Fills a run from a batch output file (OpenAI Batch API or `vllm run-batch`), matching lines to items by
 * custom_id and scoring them exactly as the endpoint engine does. Every line is checked first: a malformed
 * line or an unknown custom_id rejects the whole file with each bad line named, and nothing is stored.
 * Otherwise the answers and the run's progress are written in one transaction; failed lines are reported
 * and their items left for any engine (or another batch) to answer later. Stored answers are never replaced.
 */
export async function importBatchOutput(
  store: RunnerStore,
  dataset: Pick<Dataset, 'questions' | 'countries'>,
  runId: string,
  text: string,
  fileName = 'The batch output file',
  now: Date = new Date(),
): Promise<BatchImportReport> {
  const run = checkImportable(await store.getRun(runId), runId);
  const storedKeys = new Set((await store.listResults(runId)).map((result) => result.itemKey));
  const parsed = parseBatchOutput(text);
  const at = now.toISOString();
  const scored = scoreOutcomes(parsed.outcomes, run, dataset, storedKeys, at);
  const problems = [...parsed.problems, ...scored.problems].sort((a, b) => a.line - b.line);
  if (problems.length > 0) throw new BatchImportError(problems, fileName);
  if (parsed.outcomes.length === 0)
    throw new BatchImportError(
      [{ line: 1, message: 'Line 1: the file is empty; expected one batch output line per request.' }],
      fileName,
    );

  const doneItems = storedKeys.size + scored.results.length;
  const remaining = run.totalItems - doneItems;
  const { pauseReason: _previous, ...rest } = run;
  const updated: RunRecord =
    remaining === 0
      ? { ...rest, status: 'completed', doneItems, updatedAt: at }
      : {
          ...rest,
          status: 'paused',
          doneItems,
          updatedAt: at,
          pauseReason: `${remaining} of ${run.totalItems} items have no answer yet: import another batch output or resume with an engine.`,
        };
  await store.appendResults(updated, scored.results);
  return {
    imported: scored.results.length,
    unanswered: scored.unanswered,
    alreadyStored: scored.alreadyStored,
    remaining,
    run: updated,
  };
}
