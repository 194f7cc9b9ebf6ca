import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { microdataFromCounts } from '../../../../../tests/microdata/microdataFromCounts.ts';
import { parseDataset } from '../../parseDataset.ts';
import { importMicrodataStream } from './importMicrodataStream.ts';

const dataset = parseDataset(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../../../public/data/wvs7-dataset.json'), 'utf8')),
);
const bank = { questions: dataset.questions, countries: dataset.countries };

function streamOfChunks(chunks: Iterable<string>): ReadableStream<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

describe('importing microdata built from the bundled dataset', () => {
  it('reproduces the built-in distributions, counts and means of all 19 countries', { timeout: 120_000 }, async () => {
    const { responses, summary } = await importMicrodataStream(
      streamOfChunks(microdataFromCounts(dataset.questions, dataset.countries, dataset.responses)),
      bank,
    );
    const builtInCountries = new Set(Object.values(dataset.responses).flatMap((byCountry) => Object.keys(byCountry)));
    expect(builtInCountries.size).toBe(19);
    expect(new Set(summary.countries)).toEqual(builtInCountries);
    let pairs = 0;
    for (const [questionId, byCountry] of Object.entries(dataset.responses)) {
      for (const [countryId, builtIn] of Object.entries(byCountry)) {
        const imported = responses[questionId]?.[countryId];
        if (imported === undefined) throw new Error(`${questionId} × ${countryId} missing after import`);
        // Weights are all 1, so weighted counts equal the built-in counts exactly.
        expect(imported.counts).toEqual(builtIn.counts);
        expect(imported.unweightedN).toBe(builtIn.n);
        // The dataset stores distributions and means rounded to 12 decimals.
        imported.distribution.forEach((share, index) =>
          expect(Math.abs(share - builtIn.distribution[index]!)).toBeLessThan(1e-12),
        );
        if (builtIn.mean === null) expect(imported.mean).toBeNull();
        else expect(Math.abs((imported.mean ?? Number.NaN) - builtIn.mean)).toBeLessThan(1e-11);
        pairs += 1;
      }
    }
    expect(pairs).toBe(
      Object.values(dataset.responses).reduce((sum, byCountry) => sum + Object.keys(byCountry).length, 0),
    );
  });

  it('places the recoded questions Q56, Q119 and Q241 in the dataset’s option order', async () => {
    // Germany (B_COUNTRY 276) answers Q56 code 2 ("Worse off"), Q119 code 0 ("Hard to say"), Q241 code 0 (spontaneous).
    const text = 'B_COUNTRY,W_WEIGHT,Q56,Q119,Q241\n276,1,2,0,0\n';
    const { responses } = await importMicrodataStream(new Blob([text]).stream(), bank);
    const optionCodes = (id: string) =>
      dataset.questions.find((question) => question.id === id)?.options.map((option) => option.code);
    // Dataset order after WorldValuesBench's recodes: Q56 [1, 3, 2]; Q119 [1, 2, 0, 3, 4]; Q241 [0, 1, …, 10].
    expect(optionCodes('Q56')).toEqual([1, 3, 2]);
    expect(optionCodes('Q119')).toEqual([1, 2, 0, 3, 4]);
    expect(optionCodes('Q241')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(responses.Q56?.DEU?.distribution).toEqual([0, 0, 1]);
    expect(responses.Q119?.DEU?.distribution).toEqual([0, 0, 1, 0, 0]);
    expect(responses.Q241?.DEU?.distribution).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // Q56 "Worse off" is value 3, Q119 "Hard to say" value 3, Q241 code 0 is merged into value 1.
    expect([responses.Q56?.DEU?.mean, responses.Q119?.DEU?.mean, responses.Q241?.DEU?.mean]).toEqual([3, 3, 1]);
  });
});
