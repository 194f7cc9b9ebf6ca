import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openValueProbeDb } from '../openValueProbeDb';
import { listResults } from '../results';
import { appendResults, getRun, listRuns, putRun } from '../runs';
import type { ValueProbeDb } from '../schema';
import { CATALOG, freshDbName, sampleResult, sampleRun } from '../testing/fixtures';
import type { ResultRecord, RunRecord } from '../types';
import { exportRunJson } from './exportRunJson';
import { importRun } from './importRun';
import { RunImportError } from './parseRunExport';

const TEMPLATE = { settings: sampleRun().promptSettings, hash: 'abc123', text: 'You are a person from {country}.' };
const EXPORTED_AT = new Date('2026-03-01T12:00:00.000Z');

function completedRun(): { run: RunRecord; results: ResultRecord[] } {
  const results = [
    sampleResult('Q1', 'USA', [0.1, 0.2, 0.3, 0.4]),
    sampleResult('Q1', 'DEU', [0.4, 0.3, 0.2, 0.1]),
    { ...sampleResult('Q2', 'USA', [0.25, 0.75]), method: 'sampling' as const, samples: 20, missingLabels: ['B'] },
    sampleResult('Q2', 'DEU', [1, 0]),
  ];
  return { run: sampleRun({ doneItems: 4 }), results };
}

function exportText(run: RunRecord, results: ResultRecord[]): string {
  return exportRunJson(run, results, TEMPLATE, { note: 'summary from the metrics' }, EXPORTED_AT);
}

/** The export as a plain object, so a test can break one thing and serialise it again. */
function exportObject(): { items: Record<string, unknown>[]; [field: string]: unknown } {
  const { run, results } = completedRun();
  return JSON.parse(exportText(run, results)) as { items: Record<string, unknown>[] };
}

function withScope(file: Record<string, unknown>, scope: { questionIds: string[]; countryIds: string[] }): string {
  return JSON.stringify({ ...file, run: { ...(file.run as object), scope } });
}

async function snapshot(db: ValueProbeDb): Promise<unknown[]> {
  return Promise.all([db.getAll('runs'), db.getAll('results'), db.getAll('references')]);
}

let source: ValueProbeDb;
let target: ValueProbeDb;
beforeEach(async () => {
  source = await openValueProbeDb({ name: freshDbName() });
  target = await openValueProbeDb({ name: freshDbName() });
});
afterEach(() => {
  source.close();
  target.close();
});

describe('run export and import', () => {
  it('round-trips a stored run losslessly into another database', async () => {
    const { run, results } = completedRun();
    await putRun(source, run);
    await appendResults(source, run, results);
    const text = exportText((await getRun(source, 'run-1'))!, await listResults(source, 'run-1'));

    expect(await importRun(target, text, CATALOG)).toEqual({ runId: 'run-1', itemCount: 4 });
    const { importedAt, ...imported } = (await getRun(target, 'run-1'))!;
    expect(imported).toEqual({ ...run, promptTemplate: TEMPLATE });
    expect(Number.isNaN(Date.parse(importedAt ?? ''))).toBe(false);
    const byKey = (a: ResultRecord, b: ResultRecord) => a.itemKey.localeCompare(b.itemKey);
    expect((await listResults(target, 'run-1')).sort(byKey)).toEqual([...results].sort(byKey));
  });

  it("keeps the file's prompt template and writes it back unchanged, outside the run record", async () => {
    const { run, results } = completedRun();
    const theirs = {
      settings: { ...run.promptSettings, persona: 'third-person' as const },
      hash: 'from-another-build',
      text: 'Another build asked: how would someone from {country} answer?',
    };
    const text = exportRunJson(run, results, theirs, {}, EXPORTED_AT);
    await importRun(target, text, CATALOG);
    const stored = (await getRun(target, 'run-1'))!;
    expect(stored.promptTemplate).toEqual(theirs);
    const again = JSON.parse(
      exportRunJson(stored, await listResults(target, 'run-1'), stored.promptTemplate!, {}, EXPORTED_AT),
    ) as { promptTemplate: unknown; run: object };
    expect(again.promptTemplate).toEqual(theirs);
    expect(again.run).not.toHaveProperty('promptTemplate');
  });

  it('reads a run stored before imports kept templates (no promptTemplate field)', async () => {
    const { run } = completedRun();
    await putRun(target, run);
    expect(await getRun(target, 'run-1')).not.toHaveProperty('promptTemplate');
  });

  it('writes the file layout the brief specifies, items sorted by key without run id', () => {
    const file = exportObject();
    expect(Object.keys(file)).toEqual([
      'format',
      'schemaVersion',
      'exportedAt',
      'datasetVersion',
      'run',
      'promptTemplate',
      'items',
      'summary',
    ]);
    expect(file.exportedAt).toBe('2026-03-01T12:00:00.000Z');
    expect(file.items.map((item) => `${String(item.questionId)}|${String(item.countryId)}`)).toEqual([
      'Q1|DEU',
      'Q1|USA',
      'Q2|DEU',
      'Q2|USA',
    ]);
    expect(file.items[0]).not.toHaveProperty('runId');
  });

  it('exports only the readable answers of a run with a damaged one, as a file that imports', async () => {
    const { run, results } = completedRun();
    const text = exportText(run, results.slice(1));
    const imported = await importRun(target, text, CATALOG);
    expect(imported.itemCount).toBe(3);
    expect(await getRun(target, imported.runId)).toMatchObject({ doneItems: 3 });
    expect(await listResults(target, imported.runId)).toHaveLength(3);
  });

  it('imports a run with no items', async () => {
    const text = exportText(sampleRun({ doneItems: 0, status: 'paused', pauseReason: 'Paused by you' }), []);
    expect(await importRun(target, text, CATALOG)).toEqual({ runId: 'run-1', itemCount: 0 });
    expect((await getRun(target, 'run-1'))?.pauseReason).toBe('Paused by you');
  });

  it('gives the import a new id instead of overwriting an existing run', async () => {
    const { run, results } = completedRun();
    await putRun(target, sampleRun({ name: 'Already here' }));
    const imported = await importRun(target, exportText(run, results), CATALOG, () => 'run-1-copy');
    expect(imported).toEqual({ runId: 'run-1-copy', renamedFrom: 'run-1', itemCount: 4 });
    expect((await getRun(target, 'run-1'))?.name).toBe('Already here');
    expect(await getRun(target, 'run-1-copy')).toEqual({
      ...run,
      id: 'run-1-copy',
      importedAt: expect.any(String),
      promptTemplate: TEMPLATE,
    });
    expect((await listResults(target, 'run-1-copy')).map((result) => result.runId)).toEqual([
      'run-1-copy',
      'run-1-copy',
      'run-1-copy',
      'run-1-copy',
    ]);
  });

  const breakages: [string, (file: ReturnType<typeof exportObject>) => string, string][] = [
    [
      'truncated JSON',
      (file) => JSON.stringify(file).slice(0, 300),
      'The file is not complete JSON (was it cut off while downloading?)',
    ],
    [
      'a file of another kind',
      (file) => JSON.stringify({ ...file, format: 'csv' }),
      '"format" is "csv", expected "valueprobe-run"',
    ],
    [
      'a newer schema version',
      (file) => JSON.stringify({ ...file, schemaVersion: 2 }),
      '"schemaVersion" is 2; this version of ValueProbe reads version 1',
    ],
    [
      'a wrong option count',
      (file) => {
        file.items[0]!.probs = [0.5, 0.5];
        return JSON.stringify(file);
      },
      'item 1 (Q1|DEU|original): "probs" has 2 probabilities but the question has 4 options',
    ],
    [
      'probabilities not summing to 1',
      (file) => {
        file.items[2]!.probs = [0.5, 0.6];
        return JSON.stringify(file);
      },
      'item 3 (Q2|DEU|original): "probs" is not a probability distribution: it sums to 1.1, expected 1',
    ],
    [
      'an unknown question id',
      (file) => {
        file.items[1]!.questionId = 'Q999';
        return JSON.stringify(file);
      },
      'item 2: unknown question id "Q999"',
    ],
    [
      'an unknown country id',
      (file) => {
        file.items[3]!.countryId = 'XXX';
        return JSON.stringify(file);
      },
      'item 4 (Q2|XXX|original): unknown country id "XXX"',
    ],
    [
      'a duplicate item',
      (file) => {
        file.items[3] = { ...file.items[2]! };
        return JSON.stringify(file);
      },
      'item 4 (Q2|DEU|original): duplicates item 3',
    ],
    [
      'an item outside the run scope',
      (file) => {
        file.items[3]!.questionId = 'Q3';
        file.items[3]!.probs = [0.2, 0.3, 0.5];
        return JSON.stringify(file);
      },
      "item 4 (Q3|USA|original): outside the run's scope",
    ],
    [
      'an unknown question id in the scope',
      (file) => withScope(file, { questionIds: ['Q1', 'Q2', 'Q999'], countryIds: ['USA', 'DEU'] }),
      'run "run-1" scope: unknown question id "Q999"; the file may come from another dataset version',
    ],
    [
      'an unknown country id in the scope',
      (file) => withScope(file, { questionIds: ['Q1', 'Q2'], countryIds: ['USA', 'XXX', 'DEU'] }),
      'run "run-1" scope: unknown country id "XXX"',
    ],
    [
      'a country listed twice in the scope',
      (file) => withScope(file, { questionIds: ['Q1', 'Q2'], countryIds: ['USA', 'DEU', 'USA'] }),
      'run "run-1" scope: country "USA" is listed twice',
    ],
    [
      'a question listed twice in the scope',
      (file) => withScope(file, { questionIds: ['Q2', 'Q1', 'Q2'], countryIds: ['USA', 'DEU'] }),
      'run "run-1" scope: question "Q2" is listed twice',
    ],
    [
      'an empty scope',
      (file) => withScope(file, { questionIds: [], countryIds: ['USA', 'DEU'] }),
      'run "run-1" scope: it lists no questions',
    ],
    [
      'an order the run does not ask',
      (file) => {
        file.items[0]!.order = 'reversed';
        return JSON.stringify(file);
      },
      'item 1 (Q1|DEU|reversed): order "reversed" but the run asks in original order',
    ],
    [
      'doneItems disagreeing with the items',
      (file) => JSON.stringify({ ...file, items: file.items.slice(1) }),
      'run "run-1": "doneItems" is 4 but the file has 3 items',
    ],
    [
      'a bad run record',
      (file) => JSON.stringify({ ...file, run: { ...(file.run as object), status: 'sleeping' } }),
      'run "run-1": "status" must be one of running, paused, completed, cancelled, got "sleeping"',
    ],
  ];

  it.each(breakages)(
    'rejects %s with a specific message and leaves the store untouched',
    async (_case, breakFile, message) => {
      await putRun(target, sampleRun({ id: 'existing' }));
      await appendResults(target, sampleRun({ id: 'existing' }), [sampleResult('Q1', 'USA', [1, 0, 0, 0], 'existing')]);
      const before = await snapshot(target);
      const attempt = importRun(target, breakFile(exportObject()), CATALOG);
      await expect(attempt).rejects.toBeInstanceOf(RunImportError);
      await expect(attempt).rejects.toThrow(message);
      expect(await snapshot(target)).toEqual(before);
      expect((await listRuns(target)).map((run) => run.id)).toEqual(['existing']);
    },
  );
});
