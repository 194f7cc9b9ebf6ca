import { describe, expect, it } from 'vitest';
import { defaultSpec, generateMicrodata, type MicrodataFileSpec } from '../microdata/generateMicrodata.ts';
import { syntheticCountries, syntheticQuestions } from '../microdata/syntheticBank.ts';

function generate(overrides: Partial<MicrodataFileSpec>) {
  const spec: MicrodataFileSpec = {
    ...defaultSpec,
    questions: syntheticQuestions,
    countries: syntheticCountries,
    rows: 400,
    ...overrides,
  };
  const parts: string[] = [];
  const expected = generateMicrodata(spec, (text) => parts.push(text));
  return { text: parts.join(''), expected, spec };
}

describe('generateMicrodata', () => {
  it('writes the official layout: BOM, CRLF, no final newline, one width, required columns', () => {
    const { text } = generate({});
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(false);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(401);
    const header = lines[0]!.split(',');
    expect(header).toEqual(
      expect.arrayContaining(['B_COUNTRY_ALPHA', 'B_COUNTRY', 'W_WEIGHT', 'D_INTERVIEW', 'Q1', 'Q289', 'Y001', 'Y012']),
    );
    expect(header).toHaveLength(4 + syntheticQuestions.length + 12);
    // Every row has the header's width once the quoted D_INTERVIEW text (with one comma) is accounted for.
    for (const line of lines.slice(1)) expect(line.split(',').length).toBe(header.length + 1);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generate({ seed: 3 }).text).toBe(generate({ seed: 3 }).text);
    expect(generate({ seed: 3 }).text).not.toBe(generate({ seed: 4 }).text);
  });

  it('accounts for every answer of every known row exactly once', () => {
    const { expected } = generate({ rows: 1000 });
    const answered = Object.values(expected.cells)
      .flatMap((byCountry) => Object.values(byCountry))
      .reduce((sum, cell) => sum + cell.respondents.reduce((a, b) => a + b, 0), 0);
    expect(answered + expected.missingAnswers + expected.excludedAnswers).toBe(
      expected.rowsUsed * syntheticQuestions.length,
    );
    expect(expected.rowsUsed + (expected.unknownCountryRows.ZZZ ?? 0)).toBe(1000);
  });

  it('writes only the header for zero rows, LF and a final newline when asked', () => {
    const { text, expected } = generate({
      rows: 0,
      bom: false,
      lineEnding: '\n',
      finalNewline: true,
      shuffleColumns: false,
      fillerColumns: 0,
    });
    expect(text).toBe(
      `B_COUNTRY_ALPHA,B_COUNTRY,W_WEIGHT,D_INTERVIEW,${syntheticQuestions.map((question) => question.id).join(',')}\n`,
    );
    expect(expected).toEqual({
      rows: 0,
      rowsUsed: 0,
      unknownCountryRows: {},
      missingAnswers: 0,
      excludedAnswers: 0,
      cells: {},
    });
  });
});
