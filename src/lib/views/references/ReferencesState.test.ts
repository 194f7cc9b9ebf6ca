import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openValueProbeDb, type StoredReference } from '../../store/index.ts';
import type { Distribution } from '../../survey/types.ts';
import { syntheticCountries, syntheticQuestions } from '../../../../tests/microdata/syntheticBank.ts';
import { ReferencesState } from './ReferencesState.svelte.ts';
import { idbReferenceLibrary } from './referenceLibrary.ts';
import { importMicrodataStream } from '../../survey/importers/microdata/importMicrodataStream.ts';
import type { importMicrodataFile } from '../../survey/importers/microdata/importMicrodataFile.ts';

const existing: StoredReference = {
  id: 'earlier-import',
  label: 'Earlier import',
  weighting: 'weighted',
  source: 'earlier.csv',
  createdAt: '2026-01-01T00:00:00.000Z',
  responses: {
    Q2: {
      DEU: {
        counts: [1.5, 0.5],
        n: 2,
        unweightedN: 2,
        distribution: [0.75, 0.25] as unknown as Distribution,
        mean: 1.25,
      },
    },
  },
};

/** The worker's code path, run in-thread: the same stream import, fed by File.stream(). */
const inThread: typeof importMicrodataFile = (file, options) => importMicrodataStream(file.stream(), options);

let databaseCount = 0;
async function setUp(): Promise<ReferencesState> {
  databaseCount += 1;
  const name = `references-state-${databaseCount}`;
  const library = idbReferenceLibrary(() => openValueProbeDb({ name }));
  await library.save(existing);
  const state = new ReferencesState({
    library,
    dataset: async () => ({ questions: syntheticQuestions, countries: syntheticCountries }),
    now: () => '2026-03-04T05:06:07.000Z',
    aggregateFile: inThread,
  });
  await state.refresh();
  return state;
}

const fileName = 'WVS_Cross-National_Wave_7_csv_v6_0.csv';
const header = 'B_COUNTRY_ALPHA,W_WEIGHT,Q2';

describe('ReferencesState microdata import', () => {
  it('saves a valid file as a weighted reference beside the existing ones', async () => {
    const state = await setUp();
    await state.importMicrodata(new File([`${header}\nDEU,2,1\nMOR,0.5,2\n`], fileName));
    expect(state.microdata.state).toBe('done');
    expect(state.references.map((reference) => reference.label)).toEqual([
      'Earlier import',
      'WVS-7 v6.0, weighted, 2 countries',
    ]);
    // DEU: one answer of code 1 with weight 2 → counts [2, 0], n 2, one respondent.
    expect(state.references[1]?.responses.Q2?.DEU).toEqual({
      counts: [2, 0],
      n: 2,
      unweightedN: 1,
      distribution: [1, 0],
      mean: 1,
    });
  });

  it.each([
    ['not a CSV', 'hello\n', 'The first line has no commas'],
    [
      'the wrong file',
      'id,age\n1,2\n',
      'This file lacks required columns: B_COUNTRY_ALPHA (or B_COUNTRY), W_WEIGHT, the question columns',
    ],
    [
      'a cut-off file',
      `${header}\nDEU,1,1\nDEU,1`,
      'The file ends in the middle of a row: line 3 has 2 of the 3 columns',
    ],
    ['a non-numeric cell', `${header}\nDEU,1,yes\n`, 'Line 2, column Q2: "yes" is not a number.'],
  ])('rejects %s and leaves stored references untouched', async (_name, text, message) => {
    const state = await setUp();
    await state.importMicrodata(new File([text], fileName));
    expect(state.microdata).toMatchObject({ state: 'failed', cancelled: false });
    expect(state.microdata.state === 'failed' && state.microdata.message).toContain(message);
    expect(state.references).toEqual([existing]);
  });

  it('counts unknown countries instead of failing', async () => {
    const state = await setUp();
    await state.importMicrodata(new File([`${header}\nDEU,1,1\nXKX,1,1\nXKX,1,2\n`], fileName));
    expect(state.microdata.state === 'done' && state.microdata.summary.unknownCountries).toEqual([
      { code: 'XKX', rows: 2 },
    ]);
  });

  it('cancels without saving', async () => {
    const state = await setUp();
    const running = state.importMicrodata(new File([`${header}\nDEU,1,1\n`], fileName));
    state.cancelMicrodata();
    await running;
    expect(state.microdata).toMatchObject({
      state: 'failed',
      cancelled: true,
      message: 'Import cancelled; nothing was saved.',
    });
    expect(state.references).toEqual([existing]);
  });

  describe('a second file of the same name', () => {
    const first = `${header}\nDEU,2,1\n`;
    const second = `${header}\nDEU,1,2\nMOR,1,1\n`;
    async function importTwice(): Promise<ReferencesState> {
      const state = await setUp();
      await state.importMicrodata(new File([first], fileName));
      await state.importMicrodata(new File([second], fileName));
      return state;
    }
    const q2Deu = (reference: StoredReference | undefined) => reference?.responses.Q2?.DEU?.counts;

    it('asks before writing anything', async () => {
      const state = await importTwice();
      expect(state.microdata).toMatchObject({
        state: 'duplicate',
        fileName,
        stored: { id: `wvs7-microdata:${fileName}`, label: 'WVS-7 v6.0, weighted, 1 country' },
      });
      expect(state.references.map(q2Deu)).toEqual([
        [1.5, 0.5],
        [2, 0],
      ]);
    });

    it('replaces the stored reference when told to', async () => {
      const state = await importTwice();
      await state.resolveMicrodata('replace');
      expect(state.microdata.state).toBe('done');
      expect(state.references.map((reference) => reference.label)).toEqual([
        'Earlier import',
        'WVS-7 v6.0, weighted, 2 countries',
      ]);
      expect(q2Deu(state.references[1])).toEqual([0, 1]);
    });

    it('keeps both under distinct ids and names', async () => {
      const state = await importTwice();
      await state.resolveMicrodata('keep-both');
      expect(state.references.map(({ id, label }) => [id, label])).toEqual([
        ['earlier-import', 'Earlier import'],
        [`wvs7-microdata:${fileName}`, 'WVS-7 v6.0, weighted, 1 country'],
        [`wvs7-microdata:${fileName} (2)`, 'WVS-7 v6.0, weighted, 2 countries (2)'],
      ]);
      expect(state.references.map(q2Deu)).toEqual([
        [1.5, 0.5],
        [2, 0],
        [0, 1],
      ]);
    });

    it('stores nothing when cancelled', async () => {
      const state = await importTwice();
      await state.resolveMicrodata('cancel');
      expect(state.microdata.state).toBe('idle');
      expect(state.references.map(q2Deu)).toEqual([
        [1.5, 0.5],
        [2, 0],
      ]);
    });
  });

  it('deletes a reference', async () => {
    const state = await setUp();
    await state.remove(existing.id);
    expect(state.references).toEqual([]);
  });
});

describe('ReferencesState GlobalOpinionQA import', () => {
  it('rejects a file that is not GlobalOpinionQA and keeps the stored references', async () => {
    const state = await setUp();
    await state.importGlobalOpinions(new File(['a,b\n1,2\n'], 'global_opinions.csv'));
    expect(state.globalOpinions.state === 'failed' && state.globalOpinions.message).toContain(
      'This file lacks the GlobalOpinionQA columns',
    );
    expect(state.references).toEqual([existing]);
  });
});
