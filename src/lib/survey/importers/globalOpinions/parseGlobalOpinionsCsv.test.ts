import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseGlobalOpinionsCsv } from './parseGlobalOpinionsCsv.ts';

const header = 'question,selections,options,source';
const row = `"Q?","defaultdict(<class 'list'>, {'Germany': [0.75, 0.25]})","['Yes', ""No""]",WVS`;

describe('parseGlobalOpinionsCsv', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('parses without compiling code, as the site Content-Security-Policy (no eval) requires', () => {
    vi.stubGlobal('Function', () => {
      throw new EvalError('Evaluating a string as JavaScript violates the Content Security Policy');
    });
    const { wvsRows } = parseGlobalOpinionsCsv(`${header}\n${row}\n`);
    expect(wvsRows).toEqual([
      { row: 2, question: 'Q?', options: ['Yes', 'No'], selections: new Map([['Germany', [0.75, 0.25]]]) },
    ]);
  });

  it('numbers rows by their line even with a BOM and CRLF', () => {
    const { wvsRows, otherRows } = parseGlobalOpinionsCsv(`\uFEFF${header}\r\nq,"{}","[]",GAS\r\n${row}`);
    expect(otherRows).toBe(1);
    expect(wvsRows.map((entry) => entry.row)).toEqual([3]);
  });

  it('rejects a file cut off inside a quoted cell', () => {
    expect(() => parseGlobalOpinionsCsv(`${header}\n${row}\n"Q2?","defaultdict(<class 'list'>, {'Ger`)).toThrow(
      'The quoted field starting on line 3 is never closed',
    );
  });

  it('rejects a row with fewer cells than the header', () => {
    expect(() => parseGlobalOpinionsCsv(`${header}\n${row}\n"Q2?","{}"\n`)).toThrow(
      'Row 3 has 2 cells but the header has 4: the file is probably cut off or edited; download it again.',
    );
  });

  it('rejects an infinite, missing or negative share and names the row and country', () => {
    const withShare = (share: string) =>
      `${header}\n"Q?","defaultdict(<class 'list'>, {'Germany': [${share}, 0.25]})","['Yes', 'No']",WVS\n`;
    expect(() => parseGlobalOpinionsCsv(withShare('inf'))).toThrow(
      'Row 2, column selections has a share that is not a finite, non-negative number for Germany',
    );
    expect(() => parseGlobalOpinionsCsv(withShare('nan'))).toThrow('for Germany');
    expect(() => parseGlobalOpinionsCsv(withShare('-0.5'))).toThrow('for Germany');
  });

  it('rejects a header that repeats a column', () => {
    expect(() => parseGlobalOpinionsCsv(`question,selections,options,source,source\n${row},x\n`)).toThrow(
      'The header names the column "source" twice',
    );
  });
});
