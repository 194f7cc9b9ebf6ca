import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assembleDataset, datasetVersionOf } from './assembleDataset.ts';
import type { Sources } from './sources.ts';
import { countriesCsvRow, FIXTURE_SOURCES, NORTHERN_IRELAND_ROW } from './testFixtures.ts';

/** Two countries, three questions; all-zero IW weights put both ground-truth points at (0, 0). */
function tinySources(): Sources {
  return {
    ...FIXTURE_SOURCES,
    cultureSpaShares: { USA: { Q254: { '1': 0.5, '5': 0.25 }, Q57: { '1': 0.25, '2': 0.75 }, Q1: { '1': 0.75 } } },
    countriesCsv: [
      countriesCsvRow({ ramezani_name: 'United States of America' }),
      countriesCsvRow({ ...NORTHERN_IRELAND_ROW, ramezani_name: '' }),
    ],
    s003Csv: [],
    iwCoords: {},
    iwProjection: {
      items: Array.from({ length: 10 }, (_, i) => `i${i}`),
      center: Array<number>(10).fill(0),
      scale: Array<number>(10).fill(1),
      weights: Array.from({ length: 10 }, (): [number, number] => [0, 0]),
      rc1: [1, 0],
      rc2: [1, 0],
      groundtruth: { base: [0, 0], soupiw: [0, 0] },
    },
    trustBenchCsv: [
      { B_COUNTRY: '840', N_respondents: '4', Q57P: '1.5' },
      { B_COUNTRY: '909', N_respondents: '2', Q57P: '' },
    ],
    ramezaniCsv: [],
    atlasIds: new Set(['840', '826']),
  };
}

describe('assembleDataset', () => {
  it('puts questions in questionnaire order and builds responses from shares × N_respondents', () => {
    const dataset = assembleDataset(tinySources());
    expect(dataset.questions.map((q) => q.id)).toEqual(['Q1', 'Q57', 'Q254']);
    expect(dataset.countries.map((c) => [c.id, c.hasDistributions])).toEqual([
      ['USA', true],
      ['NIR', false],
    ]);
    // Q254 USA: 0.5 × 4 = 2 (code 1), 0.25 × 4 = 1 (code 5, off the scale); mean over on-scale answers = 1
    expect(dataset.responses['Q254']?.['USA']).toMatchObject({ counts: [2, 0, 0, 0, 1], n: 3, mean: 1 });
    // TrustBench USA Q57P 1.5 → 3 − 1.5 = 1.5; NIR's blank cell is left out
    expect(dataset.supplementary[0]?.means).toEqual({ Q57: { USA: 1.5 } });
    expect(dataset.datasetVersion).toMatch(/^wvs7-[0-9a-f]{12}$/);
  });

  it('refuses supplementary means for questions outside the bank', () => {
    const sources = tinySources();
    sources.cultureSpaShares = { USA: { Q1: { '1': 0.75 } } };
    expect(() => assembleDataset(sources)).toThrow(
      'TrustBench column Q57P maps to Q57, which is not an unadjusted question in the bank.',
    );
  });

  it('refuses a Ramezani item whose question is not in the bank', () => {
    const sources = {
      ...tinySources(),
      ramezaniCsv: [{ country: 'United States of America', question: 'abortion', wvs_score: '0' }],
    };
    expect(() => assembleDataset(sources)).toThrow(
      'wvs_w7_mcm.csv line 2: Q184 is not an unadjusted question in the bank.',
    );
  });

  it('fails when a CultureSPA country is not in countries.csv', () => {
    const sources = tinySources();
    sources.cultureSpaShares = { ...sources.cultureSpaShares, FRA: { Q1: { '1': 1 } } };
    expect(() => assembleDataset(sources)).toThrow('CultureSPA countries FRA are not in countries.csv.');
  });
});

describe('datasetVersionOf', () => {
  it('is "wvs7-" and the first 12 hex digits of the SHA-256 of the serialized content', () => {
    const content = { schemaVersion: 1, categories: [] } as never;
    const text = '{\n"schemaVersion":1,\n"categories":[]\n}\n';
    expect(datasetVersionOf(content)).toBe(`wvs7-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`);
  });
});
