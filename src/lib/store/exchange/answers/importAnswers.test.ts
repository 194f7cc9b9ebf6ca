import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openValueProbeDb } from '../../openValueProbeDb';
import { listResults } from '../../results';
import { appendResults, getRun, putRun } from '../../runs';
import type { ValueProbeDb } from '../../schema';
import { CATALOG, freshDbName, makeQuestion, sampleResult, sampleRun } from '../../testing/fixtures';
import { AnswersImportError, type AnswerSource } from './answerSource';
import { importAnswers } from './importAnswers';
import { parseAnswersCsv } from './parseAnswersCsv';
import { parseCultureSpaFiles } from './parseCultureSpaFiles';
import { readAnswerFiles } from './readAnswerFiles';

/** Q9 is numbered like WVS Q119: its options in order carry codes 1, 2, 0, 3, 4. */
const Q9 = makeQuestion('Q9', 5);
Q9.options = [1, 2, 0, 3, 4].map((code) => ({ code, text: `code ${code}`, value: code }));
const catalog = { ...CATALOG, questions: [...CATALOG.questions, Q9], datasetVersion: 'test-1' };

const NOW = new Date('2026-12-05T12:00:00.000Z');
const single: AnswerSource = {
  modelName: 'my-model',
  prompt: 'You are from {country}.',
  method: 'single-sample',
  fileName: 'a.csv',
};
const probabilities: AnswerSource = { ...single, method: 'probabilities' };

let db: ValueProbeDb;
beforeEach(async () => {
  db = await openValueProbeDb({ name: freshDbName() });
});
afterEach(() => db.close());

async function importCsv(text: string, source: AnswerSource = single) {
  const result = await importAnswers(db, parseAnswersCsv(text, source, catalog), source, catalog, NOW, () => 'new-run');
  const items = await listResults(db, result.runId);
  const probs = Object.fromEntries(items.map((item) => [`${item.questionId}|${item.countryId}`, [...item.probs]]));
  return { result, run: await getRun(db, result.runId), probs, items };
}

describe('answer CSV import', () => {
  it('long answer codes, countries as ISO3 or names, a 0 code', async () => {
    const { run, probs, items } = await importCsv('question_id,country,answer\nQ1,USA,2\nQ1,Germany,4\nQ9,usa,0\n');
    expect(probs).toEqual({ 'Q1|USA': [0, 1, 0, 0], 'Q1|DEU': [0, 0, 0, 1], 'Q9|USA': [0, 0, 1, 0, 0] });
    expect(items.every((item) => item.method === 'sampling' && item.samples === 1)).toBe(true);
    expect(run).toMatchObject({
      name: 'my-model (imported)',
      status: 'completed',
      engine: {
        kind: 'imported',
        modelId: 'my-model',
        settings: { answers: 'single-sample', prompt: 'You are from {country}.' },
      },
      scope: { questionIds: ['Q1', 'Q9'], countryIds: ['USA', 'DEU'] },
      totalItems: 4,
      doneItems: 3,
      createdAt: '2026-12-05T12:00:00.000Z',
    });
  });

  it('long answer codes with N samples per pair become shares', async () => {
    const samples: AnswerSource = { ...single, method: 'samples', samples: 4 };
    const { probs, items } = await importCsv(
      'question_id,country,answer\nQ2,USA,1\nQ2,USA,2\nQ2,USA,2\nQ2,USA,2\n',
      samples,
    );
    expect(probs).toEqual({ 'Q2|USA': [0.25, 0.75] });
    expect(items[0]!.samples).toBe(4);
  });

  it('long option probabilities, one row per option, missing options 0', async () => {
    const { probs, items } = await importCsv(
      'question_id,country,option_code,probability\nQ1,USA,1,0.5\nQ1,USA,3,0.5\nQ2,DEU,1,0.2\nQ2,DEU,2,0.8\n',
      probabilities,
    );
    expect(probs).toEqual({ 'Q1|USA': [0.5, 0, 0.5, 0], 'Q2|DEU': [0.2, 0.8] });
    expect(items.every((item) => item.method === 'full-logits' && item.samples === undefined)).toBe(true);
  });

  it('wide p_<code> columns; empty cells and codes the question lacks are skipped', async () => {
    const { probs } = await importCsv(
      'question_id,country,p_0,p_1,p_2,p_3,p_4\nQ9,DEU,0.1,0.2,0.3,0.4,0\nQ2,USA,,0.6,0.4,,\nQ3,Germany,0,0.25,0.25,0.5,\n',
      probabilities,
    );
    // Q9's option order is codes 1, 2, 0, 3, 4
    expect(probs).toEqual({ 'Q9|DEU': [0.2, 0.3, 0.1, 0.4, 0], 'Q2|USA': [0.6, 0.4], 'Q3|DEU': [0.25, 0.25, 0.5] });
  });
});

describe('CultureSPA files import', () => {
  it('reads one file per persona, the country from the name, counting unparseable replies', async () => {
    const entry = (Q_id: string, answer: string) => ({ Q_id, question: '…', option_lst: [], answer });
    const files = [
      {
        name: 'wvs_result_culture_aware_USA_0.json',
        text: JSON.stringify([entry('Q1', '3'), entry('Q9', '0'), entry('Q2', 'I cannot answer.')]),
      },
      {
        name: 'wvs_result_culture_aware_DEU_0.json',
        text: JSON.stringify([entry('Q1', "I'd say... 4."), entry('Q2', '7')]),
      },
    ];
    const parsed = parseCultureSpaFiles(files, catalog);
    expect(parsed.unparseable).toBe(2);
    const source = { ...single, fileName: '2 CultureSPA files' };
    const { runId } = await importAnswers(db, parsed, source, catalog, NOW, () => 'spa');
    const items = await listResults(db, runId);
    expect(Object.fromEntries(items.map((item) => [`${item.questionId}|${item.countryId}`, [...item.probs]]))).toEqual({
      'Q1|USA': [0, 0, 1, 0],
      'Q9|USA': [0, 0, 1, 0, 0],
      'Q1|DEU': [0, 0, 0, 1],
    });
    expect((await getRun(db, runId))?.engine.settings['unparseableReplies']).toBe(2);
  });
});

const LONG = 'question_id,country,answer\n';
const PROBS = 'question_id,country,option_code,probability\n';
const WIDE = 'question_id,country,p_1,p_2\n';

/** Each malformed file, the line its first problem must name and what it says; read as single samples. */
type Case = { name: string; text: string; line: number; says: RegExp };
const SINGLE_CASES: Case[] = [
  { name: 'unknown header', text: 'q,c,a\nQ1,USA,1\n', line: 1, says: /question_id,country/ },
  { name: 'unknown third column', text: 'question_id,country,value\nQ1,USA,1\n', line: 1, says: /"answer"/ },
  { name: 'empty file', text: '', line: 1, says: /empty/ },
  { name: 'unknown question', text: `${LONG}Q1,USA,1\nQ77,USA,1\n`, line: 3, says: /unknown question "Q77"/ },
  { name: 'unknown country', text: `${LONG}Q1,USA,1\nQ1,Atlantis,1\n`, line: 3, says: /"Atlantis"/ },
  { name: 'code not of the question', text: `${LONG}Q2,USA,3\n`, line: 2, says: /not an answer code of Q2/ },
  { name: 'code not a number', text: `${LONG}Q1,USA,1\nQ1,DEU,two\n`, line: 3, says: /"two"/ },
  { name: 'too few fields', text: `${LONG}Q1,USA\n`, line: 2, says: /expected 3 fields, found 2/ },
  { name: 'second single answer', text: `${LONG}Q1,USA,1\nQ1,USA,2\n`, line: 3, says: /second answer/ },
  { name: 'unclosed quote', text: `${LONG}Q1,USA,1\nQ1,"DEU,1\n`, line: 3, says: /never closed/ },
];
/** Read as option probabilities. */
const PROBABILITY_CASES: Case[] = [
  { name: 'probability above 1', text: `${PROBS}Q2,USA,1,1.5\n`, line: 2, says: /between 0 and 1/ },
  { name: 'sum not 1', text: `${PROBS}Q2,USA,1,0.2\nQ2,USA,2,0.3\n`, line: 3, says: /add up to 0.5/ },
  { name: 'same option twice', text: `${PROBS}Q2,USA,1,0.5\nQ2,USA,1,0.5\n`, line: 3, says: /same option/ },
  { name: 'wide cell not a number', text: `${WIDE}Q2,USA,x,0.5\n`, line: 2, says: /p_1 must be/ },
  {
    name: 'wide code lacking',
    text: `${WIDE.replace('p_2', 'p_2,p_3')}Q2,USA,0.5,0.25,0.25\n`,
    line: 2,
    says: /no answer code 3/,
  },
  { name: 'wide row twice', text: `${WIDE}Q2,USA,0.5,0.5\nQ2,USA,0.5,0.5\n`, line: 3, says: /second row/ },
];
const MALFORMED = [
  ...SINGLE_CASES.map((entry) => ({ ...entry, source: single })),
  ...PROBABILITY_CASES.map((entry) => ({ ...entry, source: probabilities })),
  {
    name: 'wrong sample count',
    text: `${LONG}Q2,USA,1\nQ2,USA,2\n`,
    line: 3,
    says: /2 answers, not 3/,
    source: { ...single, method: 'samples' as const, samples: 3 },
  },
];

describe('malformed answer files are rejected with a line number and leave the store untouched', () => {
  async function snapshot(): Promise<unknown[]> {
    return Promise.all([db.getAll('runs'), db.getAll('results')]);
  }

  it.each(MALFORMED)('$name', async ({ text, source, line, says }) => {
    const existing = sampleRun({ doneItems: 1 });
    await putRun(db, existing);
    await appendResults(db, existing, [sampleResult('Q1', 'USA', [0.1, 0.2, 0.3, 0.4])]);
    const before = await snapshot();
    const parsed = parseAnswersCsv(text, source, catalog);
    const error = await importAnswers(db, parsed, source, catalog, NOW).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnswersImportError);
    const [first] = (error as AnswersImportError).problems;
    expect(first).toMatchObject({ file: 'a.csv', line });
    expect(first!.message).toMatch(says);
    expect((error as Error).message).toContain(`a.csv line ${line}:`);
    expect(await snapshot()).toEqual(before);
  });

  it('a CultureSPA file without a country in its name, or with a bad entry, names the file and entry', () => {
    const parsed = parseCultureSpaFiles(
      [
        { name: 'answers.json', text: '[]' },
        { name: 'x_USA_0.json', text: JSON.stringify([{ Q_id: 'Q1', answer: '1' }, { Q_id: 'Q2' }]) },
        {
          name: 'y_DEU_0.json',
          text: JSON.stringify([
            { Q_id: 'Q1', answer: '1' },
            { Q_id: 'Q1', answer: '2' },
          ]),
        },
      ],
      catalog,
    );
    expect(parsed.problems.map(({ file, line }) => `${file}:${line}`)).toEqual([
      'answers.json:1',
      'x_USA_0.json:2',
      'y_DEU_0.json:2',
    ]);
  });
});

describe('readAnswerFiles', () => {
  it('reads JSON files as CultureSPA results and refuses several CSV files at once', () => {
    const spa = readAnswerFiles([{ name: 'r_USA_0.json', text: '[{"Q_id":"Q2","answer":"2"}]' }], single, catalog);
    expect(spa.answers.map((answer) => [...answer.probs])).toEqual([[0, 1]]);
    const two = readAnswerFiles(
      [
        { name: 'a.csv', text: LONG },
        { name: 'b.csv', text: LONG },
      ],
      single,
      catalog,
    );
    expect(two.problems[0]?.message).toMatch(/one CSV file/);
  });
});
