import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/survey/parseDataset.ts';
import { datasetVersionOf } from './assembleDataset.ts';
import { DATASET_SCHEMA } from './datasetSchema.ts';

/** Facts about the committed public/data/wvs7-dataset.json that the brief and PROVENANCE state; no ../shared needed. */
const text = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'data', 'wvs7-dataset.json'), 'utf8');
const dataset = parseDataset(JSON.parse(text));
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('committed dataset', () => {
  it('is compact, ends with a newline and carries the hash of its own content as version', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('\n  ');
    const { datasetVersion, ...content } = dataset;
    expect(datasetVersion).toMatch(/^wvs7-[0-9a-f]{12}$/);
    expect(datasetVersionOf(content)).toBe(datasetVersion);
  });

  it("has CultureSPA's 259 questions: Q1–Q259 without Q223, plus Q234A", () => {
    expect(dataset.questions).toHaveLength(259);
    expect(ids(dataset.questions)).not.toContain('Q223');
    expect(ids(dataset.questions).slice(232, 235)).toEqual(['Q234', 'Q234A', 'Q235']);
  });

  it('flags the 3 knowledge and 6 postmaterialist questions, which leaves 250 value questions', () => {
    const flagged = dataset.questions.filter((q) => q.flags.length > 0);
    expect(ids(flagged)).toEqual(['Q91', 'Q92', 'Q93', 'Q152', 'Q153', 'Q154', 'Q155', 'Q156', 'Q157']);
    expect(flagged.every((q) => q.scaleType === 'nominal')).toBe(true);
  });

  it('compares Q42 (revolution, reform, defend) on distributions only and Q111 as binary, "Other answer" off the scale', () => {
    const byId = new Map(dataset.questions.map((q) => [q.id, q]));
    expect(byId.get('Q42')?.scaleType).toBe('nominal');
    expect(byId.get('Q111')?.scaleType).toBe('binary');
    expect(byId.get('Q111')?.options.map((option) => [option.code, option.value])).toEqual([
      [1, 1],
      [2, 2],
      [3, null],
    ]);
  });

  it('has all 66 countries, 3 with an assigned zone, 1 without its own polygon', () => {
    expect(dataset.countries).toHaveLength(66);
    expect(ids(dataset.countries.filter((c) => c.zoneSource === 'assigned'))).toEqual(['TJK', 'EGY', 'UZB']);
    expect(ids(dataset.countries.filter((c) => !c.ownPolygon))).toEqual(['NIR']);
    expect(dataset.countries.filter((c) => c.iwCoords !== null)).toHaveLength(63);
  });

  it('has distributions for the 19 CultureSPA countries, 4861 (question, country) pairs', () => {
    expect(dataset.countries.filter((c) => c.hasDistributions)).toHaveLength(19);
    const pairs = Object.values(dataset.responses).reduce((sum, byCountry) => sum + Object.keys(byCountry).length, 0);
    // PROVENANCE §1: 4,861 pairs with data; the 60 empty dicts are left out
    expect(pairs).toBe(4861);
  });

  it('keeps the USA Q1 counts computed by hand in buildResponses.test.ts', () => {
    expect(dataset.responses['Q1']?.['USA']?.counts).toEqual([2316, 221, 48, 8]);
  });

  it('has TrustBench means for all 66 countries on Q57 and no Q292 items; Ramezani for 55 countries', () => {
    const [trust, ramezani] = dataset.supplementary;
    expect(Object.keys(trust?.means['Q57'] ?? {})).toHaveLength(66);
    expect(Object.keys(trust?.means ?? {}).some((id) => id.startsWith('Q292'))).toBe(false);
    // 19 items × 55 countries = 1045 rows, minus 17 blank cells = 1028
    const cells = Object.values(ramezani?.means ?? {}).reduce(
      (sum, byCountry) => sum + Object.keys(byCountry).length,
      0,
    );
    expect(cells).toBe(1028);
  });

  it('lists every top-level field in the JSON Schema', () => {
    expect([...DATASET_SCHEMA.required].sort()).toEqual(Object.keys(dataset).sort());
  });

  it('has exactly the fields its JSON Schema requires on every kind of record', () => {
    const samples: Record<keyof typeof DATASET_SCHEMA.$defs, object[]> = {
      category: dataset.categories,
      answerOption: dataset.questions.flatMap((q) => q.options),
      question: dataset.questions,
      country: dataset.countries,
      humanResponse: Object.values(dataset.responses).flatMap((byCountry) => Object.values(byCountry)),
      supplementaryMeans: dataset.supplementary,
      inglehartWelzel: [dataset.inglehartWelzel],
      citation: dataset.citations,
    };
    for (const [name, records] of Object.entries(samples)) {
      const required = [...DATASET_SCHEMA.$defs[name as keyof typeof samples].required].sort();
      for (const record of records) expect(Object.keys(record).sort(), name).toEqual(required);
    }
  });
});
