import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { UnanswerableItemError } from '../engines/baselines/createBaselineEngine';
import { CATALOG } from '../store/testing/fixtures';
import { findResumableRuns, getRun } from '../store/runs';
import { listResults } from '../store/results';
import type { ValueProbeDb } from '../store/schema';
import type { PromptSettings } from '../prompt/types';
import { RunController } from './RunController';
import { createFixedEngine } from './testing/fixedEngine';
import { setUpRun } from './testing/runSetup';
import type { RunProgress } from './types';

const DATASET = { ...CATALOG, datasetVersion: 'test-1' };
const SCOPE = { questionIds: ['Q1', 'Q2'], countryIds: ['USA', 'DEU'] };
const BOTH: PromptSettings = { persona: 'person-from', language: 'en', order: 'both' };
/** Plan order: question-major, then country, then order. */
/** The plan in the order it is asked: grouped by country, whose persona prompts share a prefix. */
const PLAN_KEYS = [
  'Q1|USA|original',
  'Q1|USA|reversed',
  'Q2|USA|original',
  'Q2|USA|reversed',
  'Q1|DEU|original',
  'Q1|DEU|reversed',
  'Q2|DEU|original',
  'Q2|DEU|reversed',
];
/**
 * The fixed engine gives label i of K the probability (i + 1) / (K(K + 1) / 2), in LABEL order.
 * Q1 (K = 4): labels A…D get 0.1, 0.2, 0.3, 0.4; reversed, label A shows option 4, so in option
 * order that is 0.4, 0.3, 0.2, 0.1. Q2 (K = 2): 1/3, 2/3; reversed 2/3, 1/3.
 */
const EXPECTED_PROBS: Record<string, number[]> = {
  'Q1|original': [0.1, 0.2, 0.3, 0.4],
  'Q1|reversed': [0.4, 0.3, 0.2, 0.1],
  'Q2|original': [1 / 3, 2 / 3],
  'Q2|reversed': [2 / 3, 1 / 3],
};

const open: ValueProbeDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

async function setUp(promptSettings: PromptSettings = BOTH) {
  const setup = await setUpRun(DATASET, createFixedEngine().descriptor, SCOPE, promptSettings);
  open.push(setup.db);
  return { ...setup, context: { store: setup.store, dataset: DATASET } };
}

async function storedKeys(db: ValueProbeDb): Promise<string[]> {
  return (await listResults(db, 'run-1')).map((result) => result.itemKey).sort();
}

describe('RunController', () => {
  it('answers every planned item once and stores the answers in question option order', async () => {
    const { db, context } = await setUp();
    const engine = createFixedEngine({ allowedMassByCountry: { DEU: 0.3 } });
    const events: RunProgress[] = [];
    const states: string[] = [];
    const controller = new RunController('run-1', engine, context, {
      onProgress: (progress) => events.push(progress),
      onStateChange: (state) => states.push(state),
    });
    const outcome = await controller.start();

    expect(outcome?.status).toBe('completed');
    expect(states).toEqual(['running', 'completed']);
    expect(engine.asked.map((prompt) => `${prompt.questionId}|${prompt.countryId}|${prompt.order}`)).toEqual(PLAN_KEYS);
    const results = await listResults(db, 'run-1');
    expect(results.map((result) => result.itemKey).sort()).toEqual([...PLAN_KEYS].sort());
    for (const result of results) {
      const expected = EXPECTED_PROBS[`${result.questionId}|${result.order}`]!;
      expect(result.probs).toHaveLength(expected.length);
      expected.forEach((p, index) => expect(result.probs[index]).toBeCloseTo(p, 12));
      expect(result.allowedMass).toBe(result.countryId === 'DEU' ? 0.3 : 0.9);
      expect(result.tokensIn).toBe(10);
    }
    const run = await getRun(db, 'run-1');
    expect(run).toMatchObject({ status: 'completed', doneItems: 8, totalItems: 8 });
    expect(run).not.toHaveProperty('pauseReason');
    // 8 prompts × 10 tokens; the 4 DEU answers have allowedMass 0.3 < 0.5.
    expect(events.at(-1)).toMatchObject({
      done: 8,
      total: 8,
      skipped: 0,
      unanswered: 0,
      current: null,
      tokensIn: 80,
      lowAllowedMassCount: 4,
    });
    expect(events.map((event) => event.done)).toEqual([...events.map((event) => event.done)].sort((a, b) => a - b));
  });

  it('pauses on an engine error with its message, keeps earlier answers, and resumes with the rest', async () => {
    const { db, context } = await setUp();
    const failing = createFixedEngine({ failOnCalls: { 5: 'DeviceLost: GPU device lost' } });
    const outcome = await new RunController('run-1', failing, context).start();

    const reason =
      'Stopped at Q1 / DEU (reversed order): DeviceLost: GPU device lost. Everything answered before it is saved; fix the cause, then resume.';
    expect(outcome).toMatchObject({ status: 'paused', pauseReason: reason });
    expect(await storedKeys(db)).toEqual(PLAN_KEYS.slice(0, 5).sort());
    expect(await getRun(db, 'run-1')).toMatchObject({ status: 'paused', pauseReason: reason, doneItems: 5 });
    expect((await findResumableRuns(db)).map((run) => run.id)).toEqual(['run-1']);

    const working = createFixedEngine();
    expect((await new RunController('run-1', working, context).start())?.status).toBe('completed');
    expect(working.asked.map((prompt) => `${prompt.questionId}|${prompt.countryId}|${prompt.order}`)).toEqual(
      PLAN_KEYS.slice(5),
    );
    expect(await storedKeys(db)).toEqual([...PLAN_KEYS].sort());
    expect(await getRun(db, 'run-1')).not.toHaveProperty('pauseReason');
    expect(await findResumableRuns(db)).toEqual([]);
  });

  it('pauses on request, dropping the item in flight, and resumes where it stopped', async () => {
    const { db, context } = await setUp();
    let controller: RunController | null = null;
    const engine = createFixedEngine({
      beforeAnswer: (callIndex) => (callIndex === 3 ? controller?.pause() : undefined),
    });
    controller = new RunController('run-1', engine, context);
    const outcome = await controller.start();

    expect(outcome).toMatchObject({ status: 'paused', pauseReason: 'Paused by you.' });
    expect(controller.state).toBe('paused');
    expect(await storedKeys(db)).toEqual(PLAN_KEYS.slice(0, 3).sort());
    expect(await getRun(db, 'run-1')).toMatchObject({ status: 'paused', doneItems: 3 });

    expect((await controller.start())?.status).toBe('completed');
    expect(engine.asked.map((prompt) => `${prompt.questionId}|${prompt.countryId}|${prompt.order}`)).toEqual([
      ...PLAN_KEYS.slice(0, 4),
      // Resumed: the dropped Q2|USA|reversed is asked again, after DEU (the first country of what remains).
      ...PLAN_KEYS.slice(4),
      'Q2|USA|reversed',
    ]);
    expect(await storedKeys(db)).toEqual([...PLAN_KEYS].sort());
  });

  it('cancels on request, keeps the stored answers, and refuses to resume', async () => {
    const { db, context } = await setUp();
    let controller: RunController | null = null;
    const engine = createFixedEngine({
      beforeAnswer: (callIndex) => (callIndex === 2 ? controller?.cancel() : undefined),
    });
    controller = new RunController('run-1', engine, context);
    expect((await controller.start())?.status).toBe('cancelled');
    expect(await storedKeys(db)).toEqual(PLAN_KEYS.slice(0, 2).sort());
    expect(await findResumableRuns(db)).toEqual([]);

    expect(await controller.start()).toBeNull();
    expect(controller.state).toBe('failed');
    expect(controller.message).toBe('Run "Test run" was cancelled and cannot be resumed; start a new run.');
  });

  it('refuses to resume with a different engine', async () => {
    const { context } = await setUp();
    const controller = new RunController('run-1', createFixedEngine({}, 'another-model'), context);
    expect(await controller.start()).toBeNull();
    expect(controller.message).toContain('the run used model "fixed-test-engine", this is "another-model"');
  });

  it('reports a missing run', async () => {
    const { context } = await setUp();
    const controller = new RunController('no-such-run', createFixedEngine(), context);
    expect(await controller.start()).toBeNull();
    expect(controller.message).toBe('There is no run "no-such-run"; it may have been deleted in another tab.');
  });

  it('completes past items a baseline cannot answer: asking again cannot answer them', async () => {
    const { db, context } = await setUp();
    const engine = createFixedEngine({ failOnCalls: { 1: new UnanswerableItemError('no human answers') } });
    const controller = new RunController('run-1', engine, context);
    const outcome = await controller.start();
    expect(outcome).toMatchObject({
      status: 'completed',
      progress: { done: 7, skipped: 1, unanswered: 0, total: 8, lowAllowedMassCount: 0 },
    });
    expect(controller.state).toBe('completed');
    expect(await storedKeys(db)).toEqual(PLAN_KEYS.filter((_, index) => index !== 1).sort());
    expect(await getRun(db, 'run-1')).toMatchObject({ status: 'completed', doneItems: 7 });
  });

  it('does not call a run with unanswered prompts complete, and starting again asks only those', async () => {
    const { db, context } = await setUp();
    const engine = createFixedEngine({
      failOnCalls: {
        1: new UnanswerableItemError('no human answers'),
        3: 'ZeroLabelMassError: no label had any probability',
        6: 'ZeroLabelMassError: no label had any probability',
      },
    });
    const controller = new RunController('run-1', engine, context);
    const outcome = await controller.start();
    const reason =
      'Finished with 2 of 8 prompts unanswered: the model put no probability on any answer letter for them. ' +
      'The 5 answers are saved; resume to ask the unanswered ones again.';
    // The two no-label-mass items are the only low-mass ones: every answer has allowedMass 0.9.
    expect(outcome).toMatchObject({
      status: 'paused',
      pauseReason: reason,
      unanswered: 2,
      progress: { done: 5, skipped: 3, unanswered: 2, total: 8, lowAllowedMassCount: 2 },
    });
    expect(controller.state).toBe('incomplete');
    expect(controller.message).toBe(reason);
    expect(await getRun(db, 'run-1')).toMatchObject({ status: 'paused', pauseReason: reason, doneItems: 5 });

    const again = createFixedEngine();
    const retry = new RunController('run-1', again, context);
    expect(await retry.start()).toMatchObject({ status: 'completed' });
    expect(retry.state).toBe('completed');
    expect(again.asked.map((prompt) => `${prompt.questionId}|${prompt.countryId}|${prompt.order}`)).toEqual(
      [1, 3, 6].map((index) => PLAN_KEYS[index]),
    );
    expect(await getRun(db, 'run-1')).toMatchObject({ status: 'completed', doneItems: 8 });
  });

  it('warns as soon as answers come from another server version, and keeps each answer’s version', async () => {
    const { db, context } = await setUp();
    const fixed = createFixedEngine();
    // The run and the loaded engine say "test"; from the fourth answer on, the server reports "test-2".
    const engine = {
      ...fixed,
      score: async (...args: Parameters<typeof fixed.score>) => ({
        ...(await fixed.score(...args)),
        engineVersion: fixed.asked.length > 3 ? 'test-2' : 'test',
      }),
    };
    const warnings: (string | undefined)[] = [];
    await new RunController('run-1', engine, context, {
      onProgress: (progress) => warnings.push(progress.warning),
    }).start();
    const warning =
      'The server now reports version "test-2"; this run started with "test". Answers from here on come from ' +
      'the new version (each answer records the version it came from); compare with care.';
    expect(warnings.at(-1)).toBe(warning);
    expect(warnings.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    const versions = (await listResults(db, 'run-1')).map((result) => result.engineVersion);
    expect(versions.filter((version) => version === 'test')).toHaveLength(3);
    expect(versions.filter((version) => version === 'test-2')).toHaveLength(5);
  });

  it('asks a country-free prompt once per question and order and stores it for every country', async () => {
    const { db, context } = await setUp({ persona: 'none', language: 'en', order: 'original' });
    const engine = createFixedEngine();
    const outcome = await new RunController('run-1', engine, context).start();
    expect(engine.asked.map((prompt) => `${prompt.questionId}|${prompt.countryId}`)).toEqual(['Q1|none', 'Q2|none']);
    expect(await storedKeys(db)).toEqual(['Q1|DEU|original', 'Q1|USA|original', 'Q2|DEU|original', 'Q2|USA|original']);
    // Two prompts of 10 tokens, not four.
    expect(outcome?.progress).toMatchObject({ done: 4, tokensIn: 20 });
  });
});
