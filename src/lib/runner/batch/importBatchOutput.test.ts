import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { binaryQuestion, importanceQuestion, nzl, usa } from '../../prompt/fixtures/tinySurvey';
import type { PromptSettings } from '../../prompt/types';
import { listResults } from '../../store/results';
import { getRun, putRun } from '../../store/runs';
import type { ValueProbeDb } from '../../store/schema';
import { setUpRun } from '../testing/runSetup';
import { BatchImportError, importBatchOutput } from './importBatchOutput';

const dataset = { datasetVersion: 'tiny', questions: [importanceQuestion, binaryQuestion], countries: [usa, nzl] };
const scope = { questionIds: ['Q1', 'Q33'], countryIds: ['USA', 'NZL'] };
const engine = { kind: 'openai-endpoint' as const, modelId: 'm', version: 'unknown', settings: {} };
const now = new Date('2026-03-04T05:06:07.000Z');

const open: ValueProbeDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

async function setUp(promptSettings?: PromptSettings) {
  const setup = await setUpRun(dataset, engine, scope, promptSettings);
  open.push(setup.db);
  return setup;
}

/** A success line as vLLM's run-batch writes it, with the given first-token alternatives. */
function okLine(customId: string, top: [string, number][], promptTokens = 30): string {
  const topLogprobs = top.map(([token, probability]) => ({ token, logprob: Math.log(probability), bytes: [] }));
  return JSON.stringify({
    id: `vllm-${customId}`,
    custom_id: customId,
    response: {
      status_code: 200,
      request_id: `vllm-batch-${customId}`,
      body: {
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 1_733_011_200,
        model: 'm',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: top[0]?.[0] ?? '' },
            logprobs: { content: [{ token: top[0]?.[0] ?? '', logprob: -0.1, top_logprobs: topLogprobs }] },
            finish_reason: 'length',
          },
        ],
        usage: { prompt_tokens: promptTokens, completion_tokens: 1, total_tokens: promptTokens + 1 },
      },
    },
    error: null,
  });
}

const exceptionLine = (customId: string) =>
  JSON.stringify({
    id: 'vllm-x',
    custom_id: customId,
    response: { status_code: 400, request_id: 'vllm-batch-x', body: null },
    error: 'CUDA out of memory',
  });

const statusLine = (customId: string, status: number) =>
  JSON.stringify({
    id: 'vllm-y',
    custom_id: customId,
    response: { status_code: status, request_id: 'vllm-batch-y', body: null },
    error: { object: 'error', message: 'The model `m` does not exist.', type: 'NotFoundError', param: null, code: 404 },
  });

function expectClose(actual: readonly number[] | undefined, expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, index) => expect(actual?.[index]).toBeCloseTo(value, 12));
}

describe('importBatchOutput', () => {
  it('scores answered lines like the endpoint engine and leaves failed lines unanswered', async () => {
    const { db, store, run } = await setUp();
    const file = [
      // A 0.1, B 0.2, C 0.3, " D" 0.3 and a non-label 0.1: allowed 0.9.
      okLine('Q1|USA|original', [
        ['C', 0.3],
        [' D', 0.3],
        ['B', 0.2],
        ['A', 0.1],
        ['I', 0.1],
      ]),
      exceptionLine('Q1|NZL|original'),
      '',
      // Only A among the labels: probs [1, 0], B missing, allowed 0.6.
      okLine(
        'Q33|USA|original',
        [
          ['A', 0.6],
          ['The', 0.4],
        ],
        12,
      ),
      statusLine('Q33|NZL|original', 404),
    ].join('\n');
    const report = await importBatchOutput(store, dataset, run.id, file, 'out.jsonl', now);
    expect(report.imported).toBe(2);
    expect(report.alreadyStored).toBe(0);
    expect(report.remaining).toBe(2);
    expect(report.unanswered).toEqual([
      { line: 2, customId: 'Q1|NZL|original', reason: 'CUDA out of memory' },
      { line: 5, customId: 'Q33|NZL|original', reason: '404: The model `m` does not exist.' },
    ]);
    expect(report.run).toMatchObject({ status: 'paused', doneItems: 2, totalItems: 4 });
    expect(report.run.pauseReason).toBe(
      '2 of 4 items have no answer yet: import another batch output or resume with an engine.',
    );
    expect(await getRun(db, run.id)).toEqual(report.run);

    const stored = await listResults(db, run.id);
    expect(stored.map((result) => result.itemKey).sort()).toEqual(['Q1|USA|original', 'Q33|USA|original']);
    const q1 = stored.find((result) => result.questionId === 'Q1');
    expectClose(q1?.probs, [0.1 / 0.9, 0.2 / 0.9, 0.3 / 0.9, 0.3 / 0.9]);
    expect(q1?.allowedMass).toBeCloseTo(0.9, 12);
    expect(q1).toMatchObject({ method: 'top-logprobs', missingLabels: [], tokensIn: 30, ms: 0, countryId: 'USA' });
    expect(q1?.at).toBe('2026-03-04T05:06:07.000Z');
    const q33 = stored.find((result) => result.questionId === 'Q33');
    expect(q33?.probs).toEqual([1, 0]);
    expect(q33?.allowedMass).toBeCloseTo(0.6, 12);
    expect(q33).toMatchObject({ missingLabels: ['B'], tokensIn: 12 });
  });

  it('maps reversed labels back to the question order', async () => {
    const { db, store, run } = await setUp({ persona: 'person-from', language: 'en', order: 'reversed' });
    // Reversed: label A shows option 2 (Disagree), label B option 1 (Agree).
    const line = okLine('Q33|USA|reversed', [
      ['A', 0.8],
      ['B', 0.2],
    ]);
    await importBatchOutput(store, dataset, run.id, line);
    expectClose((await listResults(db, run.id))[0]?.probs, [0.2, 0.8]);
  });

  it('keeps stored answers, counts them, and completes the run when the last items arrive', async () => {
    const { db, store, run } = await setUp();
    const first = okLine('Q1|USA|original', [['D', 0.5]]);
    await importBatchOutput(store, dataset, run.id, first, 'a.jsonl', now);
    const before = await listResults(db, run.id);
    const rest = [
      okLine('Q1|USA|original', [['A', 0.5]]),
      okLine('Q1|NZL|original', [['A', 1]]),
      okLine('Q33|USA|original', [['B', 1]]),
      okLine('Q33|NZL|original', [['A', 1]]),
    ].join('\n');
    const report = await importBatchOutput(store, dataset, run.id, `${rest}\n`, 'b.jsonl', now);
    expect(report).toMatchObject({ imported: 3, alreadyStored: 1, remaining: 0, unanswered: [] });
    const after = await listResults(db, run.id);
    expect(after.find((result) => result.itemKey === 'Q1|USA|original')).toEqual(before[0]);
    const stored = await getRun(db, run.id);
    expect(stored).toMatchObject({ status: 'completed', doneItems: 4 });
    expect(stored?.pauseReason).toBeUndefined();
  });

  it('reports a line whose model named no label, or that has no log-probabilities, as unanswered', async () => {
    const { db, store, run } = await setUp();
    const noLogprobs = JSON.parse(okLine('Q33|USA|original', [['A', 1]])) as {
      response: { body: { choices: { logprobs: unknown }[] } };
    };
    const choice = noLogprobs.response.body.choices[0];
    if (choice) choice.logprobs = null;
    const file = [okLine('Q1|USA|original', [['Sure', 0.9]]), JSON.stringify(noLogprobs)].join('\n');
    const report = await importBatchOutput(store, dataset, run.id, file);
    expect(report.imported).toBe(0);
    expect(report.unanswered.map((entry) => [entry.line, entry.customId])).toEqual([
      [1, 'Q1|USA|original'],
      [2, 'Q33|USA|original'],
    ]);
    expect(report.unanswered[0]?.reason).toContain('The model gave no probability to any answer label (A, B, C, D)');
    expect(report.unanswered[1]?.reason).toBe(
      'no top_logprobs in the answer; the server did not return log-probabilities',
    );
    expect(await listResults(db, run.id)).toEqual([]);
  });
});

const good = okLine('Q1|USA|original', [['A', 1]]);
const body = (patch: Record<string, unknown>) => {
  const line = JSON.parse(good) as { response: { body: Record<string, unknown> } };
  Object.assign(line.response.body, patch);
  return JSON.stringify(line);
};
const withTop = (entry: unknown) =>
  body({
    choices: [
      { index: 0, message: { role: 'assistant', content: 'A' }, logprobs: { content: [{ top_logprobs: [entry] }] } },
    ],
  });

/** Each variant: the file's lines, and the message naming the bad line. */
const MALFORMED: [string, string[], string][] = [
  ['a line that is not JSON', [good, '{"custom_id": "Q1|NZL|original",'], 'Line 2: not JSON'],
  ['a JSON array', ['[1, 2]'], 'Line 1: the line must be an object, got a list of 2'],
  [
    'no custom_id',
    [good, '{"id": "x", "response": null, "error": "boom"}'],
    'Line 2: the line: "custom_id" must be a non-empty text, got nothing',
  ],
  [
    'a numeric custom_id',
    ['{"custom_id": 7, "response": null, "error": "x"}'],
    'Line 1: the line: "custom_id" must be a non-empty text, got 7',
  ],
  [
    'an unknown custom_id',
    [good, okLine('Q999|USA|original', [['A', 1]])],
    'Line 2: custom_id "Q999|USA|original" is not an item of run "Test run"',
  ],
  [
    'an order the run does not ask',
    [exceptionLine('Q1|USA|reversed')],
    'Line 1: custom_id "Q1|USA|reversed" is not an item',
  ],
  ['a repeated custom_id', [good, '', good], 'Line 3: repeats custom_id "Q1|USA|original" of line 1'],
  [
    'a response that is a string',
    ['{"custom_id": "Q1|USA|original", "response": "ok"}'],
    'Line 1: the line: "response" must be an object, got "ok"',
  ],
  [
    'a status code in quotes',
    ['{"custom_id": "Q1|USA|original", "response": {"status_code": "200", "body": {}}, "error": null}'],
    'Line 1: response: "status_code" must be a whole number, got "200"',
  ],
  [
    'neither a response nor an error',
    ['{"custom_id": "Q1|USA|original", "response": null, "error": null}'],
    'Line 1: neither a response nor an error',
  ],
  [
    'a body without choices',
    [good, body({ choices: [] })],
    'Line 2: The endpoint\'s answer is not valid: the body: "choices" is an empty list',
  ],
  [
    'a positive logprob',
    [withTop({ token: 'A', logprob: 0.5 })],
    "Line 1: The endpoint's answer is not valid: choices[0]",
  ],
  ['a token that is not a string', [withTop({ token: 65, logprob: -1 })], '"token" must be a text, got 65'],
  [
    'a choice without a message',
    [body({ choices: [{ index: 0, logprobs: null }] })],
    "Line 1: The endpoint's answer is not valid: choices[0].message must be an object, got nothing",
  ],
  [
    'a 200 line without a body',
    ['{"custom_id": "Q1|USA|original", "response": {"status_code": 200, "request_id": "r"}, "error": null}'],
    "Line 1: The endpoint's answer is not valid: the body must be an object, got nothing",
  ],
  ['an empty file', ['', ' '], 'Line 1: the file is empty; expected one batch output line per request.'],
];

describe('importBatchOutput rejects malformed files and changes nothing', () => {
  it.each(MALFORMED)('%s', async (_name, lines, message) => {
    const { db, store, run } = await setUp();
    await importBatchOutput(store, dataset, run.id, okLine('Q33|NZL|original', [['B', 1]]), 'earlier.jsonl', now);
    const [runBefore, resultsBefore] = await Promise.all([getRun(db, run.id), listResults(db, run.id)]);
    const attempt = importBatchOutput(store, dataset, run.id, lines.join('\n'), 'bad.jsonl', now);
    await expect(attempt).rejects.toThrow(BatchImportError);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toThrow('bad.jsonl was not imported (nothing was changed)');
    expect(await getRun(db, run.id)).toEqual(runBefore);
    expect(await listResults(db, run.id)).toEqual(resultsBefore);
  });

  it('lists every bad line, not only the first', async () => {
    const { store, run } = await setUp();
    const attempt = importBatchOutput(store, dataset, run.id, ['oops', good, '[]', 'x'].join('\n'));
    await expect(attempt).rejects.toSatisfy(
      (error: BatchImportError) => error.problems.map((problem) => problem.line).join() === '1,3,4',
    );
  });

  it('refuses a run that is running, cancelled or missing', async () => {
    const { db, store, run } = await setUp();
    await putRun(db, { ...run, status: 'running' });
    await expect(importBatchOutput(store, dataset, run.id, good)).rejects.toThrow(
      'Run "Test run" is running; pause it before importing batch answers into it.',
    );
    await putRun(db, { ...run, status: 'cancelled' });
    await expect(importBatchOutput(store, dataset, run.id, good)).rejects.toThrow('was cancelled');
    await expect(importBatchOutput(store, dataset, 'nope', good)).rejects.toThrow('There is no run "nope"');
    expect(await listResults(db, run.id)).toEqual([]);
  });
});
