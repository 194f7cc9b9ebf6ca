import { describe, expect, it } from 'vitest';
import { csvCellText, formatCsvRows } from './formatCsvRows.ts';

describe('csvCellText', () => {
  it('prefixes text a spreadsheet would run as a formula with an apostrophe (OWASP CSV injection)', () => {
    expect(csvCellText('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(csvCellText('+1+cmd')).toBe(`'+1+cmd`);
    expect(csvCellText('-2+3')).toBe(`'-2+3`);
    expect(csvCellText('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvCellText('\t=1')).toBe(`'\t=1`);
    expect(csvCellText('\r=1')).toBe(`'\r=1`);
  });

  it('leaves numbers, numeric text and harmless text alone', () => {
    expect(csvCellText(-0.25)).toBe('-0.25');
    expect(csvCellText('-0.25')).toBe('-0.25');
    expect(csvCellText('+3')).toBe('+3');
    expect(csvCellText('-1e-7')).toBe('-1e-7');
    expect(csvCellText('Kenya')).toBe('Kenya');
    expect(csvCellText('a=b')).toBe('a=b');
    expect(csvCellText(true)).toBe('true');
  });

  it('writes null, undefined, NaN and infinities as empty cells', () => {
    expect([null, undefined, Number.NaN, Infinity].map(csvCellText)).toEqual(['', '', '', '']);
  });
});

describe('formatCsvRows', () => {
  it('joins rows with line feeds and quotes cells holding a comma, quote or line break', () => {
    expect(
      formatCsvRows([
        ['a', 'b'],
        ['Korea, "South"', 'x\ny'],
        [1, null],
      ]),
    ).toBe('a,b\n"Korea, ""South""","x\ny"\n1,');
  });

  it('neutralises a formula before quoting it', () => {
    expect(formatCsvRows([['=1,2']])).toBe(`"'=1,2"`);
  });

  it('writes nothing for no rows', () => {
    expect(formatCsvRows([])).toBe('');
  });
});
