import { describe, expect, it } from 'vitest';
import {
  defaultSpec,
  generateMicrodata,
  type MicrodataFileSpec,
} from '../../../../../tests/microdata/generateMicrodata.ts';
import { syntheticCountries, syntheticQuestions } from '../../../../../tests/microdata/syntheticBank.ts';
import { importMicrodataStream, type MicrodataProgress } from './importMicrodataStream.ts';

const bank = { questions: syntheticQuestions, countries: syntheticCountries };

function streamOf(text: string | Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new Blob([text]).stream();
}

function importText(text: string) {
  return importMicrodataStream(streamOf(text), bank);
}

describe('importMicrodataStream on generated files', () => {
  const variants: Partial<MicrodataFileSpec>[] = [
    {},
    { countryColumns: 'numeric', lineEnding: '\n', bom: false, finalNewline: true },
    { countryColumns: 'alpha', shuffleColumns: false, seed: 99, unknownCountries: [] },
  ];
  it.each(variants)('recovers the known weighted distributions and counts (%o)', async (variant) => {
    const spec: MicrodataFileSpec = { ...defaultSpec, ...bank, rows: 3000, ...variant };
    const parts: string[] = [];
    const expected = generateMicrodata(spec, (text) => parts.push(text));
    const { responses, summary } = await importText(parts.join(''));

    expect(summary.rows).toBe(expected.rows);
    expect(summary.rowsUsed).toBe(expected.rowsUsed);
    expect(summary.missingAnswers).toBe(expected.missingAnswers);
    expect(summary.excludedCodes.reduce((sum, entry) => sum + entry.answers, 0)).toBe(expected.excludedAnswers);
    expect(Object.fromEntries(summary.unknownCountries.map(({ code, rows }) => [code, rows]))).toEqual(
      expected.unknownCountryRows,
    );
    expect(summary.countries).toEqual(['DEU', 'MAR', 'NIR']);
    for (const question of syntheticQuestions) {
      for (const country of syntheticCountries) {
        const want = expected.cells[question.id]?.[country.id];
        const got = responses[question.id]?.[country.id];
        if (!want || !got) throw new Error(`no data for ${question.id} × ${country.id}`);
        const totalEighths = want.weightEighths.reduce((sum, value) => sum + value, 0);
        got.distribution.forEach((share, index) =>
          expect(share).toBeCloseTo(want.weightEighths[index]! / totalEighths, 12),
        );
        expect(got.counts).toEqual(want.weightEighths.map((eighths) => eighths / 8));
        expect(got.n).toBe(totalEighths / 8);
        expect(got.unweightedN).toBe(want.respondents.reduce((sum, value) => sum + value, 0));
      }
    }
  });
});

describe('importMicrodataStream on a hand-written file', () => {
  const text = [
    'B_COUNTRY_ALPHA,W_WEIGHT,Q56,Q119',
    'DEU,0.5,1,0',
    'DEU,1.5,3,4',
    'DEU,2,2,-1',
    'MOR,1,3,9',
    'XKX,1,1,1',
  ].join('\n');

  it('places recoded codes on their scale positions and weights them', async () => {
    const { responses } = await importText(text);
    // Q56 options in scale order are codes [1, 3, 2]. DEU: code 1 weighs 0.5, code 3 weighs 1.5, code 2 weighs 2.
    // n = 0.5 + 1.5 + 2 = 4 → distribution [0.125, 0.375, 0.5]; mean = 0.125·1 + 0.375·2 + 0.5·3 = 2.375.
    expect(responses.Q56?.DEU).toEqual({
      counts: [0.5, 1.5, 2],
      n: 4,
      unweightedN: 3,
      distribution: [0.125, 0.375, 0.5],
      mean: 2.375,
    });
    // Q119 options in scale order are codes [1, 2, 0, 3, 4]. DEU: code 0 weighs 0.5 (position 3), code 4 weighs 1.5
    // (position 5), the -1 is missing. n = 2 → [0, 0, 0.25, 0, 0.75]; mean = 0.25·3 + 0.75·5 = 4.5.
    expect(responses.Q119?.DEU).toEqual({
      counts: [0, 0, 0.5, 0, 1.5],
      n: 2,
      unweightedN: 2,
      distribution: [0, 0, 0.25, 0, 0.75],
      mean: 4.5,
    });
    // Morocco is MOR in WVS and MAR in the dataset; its only Q119 answer (code 9) is not an option.
    expect(responses.Q56?.MAR?.distribution).toEqual([0, 1, 0]);
    expect(responses.Q119?.MAR).toBeUndefined();
  });

  it('summarises unknown countries, missing and excluded answers', async () => {
    const { summary } = await importText(text);
    expect(summary).toEqual({
      rows: 5,
      rowsUsed: 4,
      countries: ['DEU', 'MAR'],
      questions: ['Q56', 'Q119'],
      unknownCountries: [{ code: 'XKX', rows: 1 }],
      missingAnswers: 1,
      excludedCodes: [{ questionId: 'Q119', code: 9, answers: 1 }],
      missingQuestions: ['Q1', 'Q2', 'Q158', 'Q111', 'Q289'],
    });
  });

  it('reads B_COUNTRY codes written as decimals', async () => {
    const { responses } = await importText('B_COUNTRY,W_WEIGHT,Q2\n504.0,1,2\n');
    expect(responses.Q2?.MAR?.distribution).toEqual([0, 1]);
  });

  it('reports progress in bytes and rows', async () => {
    const reports: MicrodataProgress[] = [];
    await importMicrodataStream(streamOf(text), {
      ...bank,
      totalBytes: text.length,
      onProgress: (progress) => reports.push(progress),
    });
    expect(reports.at(-1)).toEqual({ bytesRead: text.length, totalBytes: text.length, rows: 5 });
  });
});

describe('importMicrodataStream errors', () => {
  it('rejects an empty file and a header without rows', async () => {
    await expect(importText('')).rejects.toThrow('The file is empty.');
    await expect(importText('B_COUNTRY,W_WEIGHT,Q1\r\n')).rejects.toThrow(
      'The file has a header line but no data rows.',
    );
  });

  it('rejects files that are not CSV', async () => {
    await expect(importMicrodataStream(streamOf(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0])), bank)).rejects.toThrow(
      'This is a zip archive. Unzip it first',
    );
    await expect(importMicrodataStream(streamOf(new Uint8Array([0x24, 0xff, 0, 0, 1])), bank)).rejects.toThrow(
      'This is not a CSV text file (it contains binary data).',
    );
    await expect(importText('B_COUNTRY;W_WEIGHT;Q1\n276;1;2\n')).rejects.toThrow(
      'The columns are separated by semicolons, not commas.',
    );
    await expect(importText('hello world\n')).rejects.toThrow(
      'The first line has no commas, so this is not a CSV file',
    );
  });

  it('lists every required column that is missing', async () => {
    await expect(importText('id,age,sex\n1,2,3\n')).rejects.toThrow(
      'This file lacks required columns: B_COUNTRY_ALPHA (or B_COUNTRY), W_WEIGHT, the question columns (Q1 … Q289). ' +
        'Its first line starts with: "id", "age", "sex".',
    );
    await expect(importText('B_COUNTRY,Q1\n276,1\n')).rejects.toThrow('This file lacks required columns: W_WEIGHT.');
  });

  it('rejects a file cut off in its last row', async () => {
    await expect(importText('B_COUNTRY,W_WEIGHT,Q1\n276,1,2\n276,1')).rejects.toThrow(
      'The file ends in the middle of a row: line 3 has 2 of the 3 columns in the header. The file is cut off',
    );
  });

  it('rejects a short or long row in the middle of the file', async () => {
    await expect(importText('B_COUNTRY,W_WEIGHT,Q1\n276,1\n276,1,2\n')).rejects.toThrow(
      'Line 2 has 2 columns but the header has 3.',
    );
    await expect(importText('B_COUNTRY,W_WEIGHT,Q1\n276,1,2,4\n')).rejects.toThrow(
      'Line 2 has 4 columns but the header has 3.',
    );
  });

  it('names the line and column of a non-numeric answer or weight', async () => {
    await expect(importText('B_COUNTRY,W_WEIGHT,Q1\n276,1,2\n276,1,Agree\n')).rejects.toThrow(
      'Line 3, column Q1: "Agree" is not a number.',
    );
    await expect(importText('B_COUNTRY,W_WEIGHT,Q1\n276,heavy,2\n')).rejects.toThrow(
      'Line 2, column W_WEIGHT: "heavy" is not a survey weight (a number ≥ 0).',
    );
    await expect(importText('B_COUNTRY,W_WEIGHT,Q1\n276,,2\n')).rejects.toThrow(
      'Line 2, column W_WEIGHT: "" is not a survey weight',
    );
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      importMicrodataStream(streamOf('B_COUNTRY,W_WEIGHT,Q1\n276,1,2\n'), { ...bank, signal: controller.signal }),
    ).rejects.toThrow('Import cancelled; nothing was saved.');
  });
});
