import { describe, expect, it } from 'vitest';
import { CsvStreamParser, MAX_RECORD_CHARS } from './CsvStreamParser.ts';

interface ParsedRecord {
  fields: string[];
  line: number;
}

function parseChunks(chunks: readonly string[], wanted: readonly boolean[] | null = null): ParsedRecord[] {
  const records: ParsedRecord[] = [];
  const parser = new CsvStreamParser((fields, line) => records.push({ fields: [...fields], line }));
  parser.keepColumns(wanted);
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return records;
}

/** Parses `text` whole and split at every position (and char by char): all must agree with `expected`. */
function expectParsesTo(text: string, expected: ParsedRecord[]): void {
  expect(parseChunks([text])).toEqual(expected);
  expect(parseChunks([...text])).toEqual(expected);
  for (let split = 0; split <= text.length; split += 1) {
    expect(parseChunks([text.slice(0, split), text.slice(split)]), `split at ${split}`).toEqual(expected);
  }
}

describe('CsvStreamParser', () => {
  it('parses nothing from empty input', () => {
    expectParsesTo('', []);
  });

  it('parses a single field without a line break', () => {
    expectParsesTo('7', [{ fields: ['7'], line: 1 }]);
  });

  it('parses LF records, with and without a final newline', () => {
    const expected = [
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
    ];
    expectParsesTo('a,b\n1,2\n', expected);
    expectParsesTo('a,b\n1,2', expected);
  });

  it('parses CRLF records, even when CR and LF arrive in different chunks', () => {
    expectParsesTo('a,b\r\n1,2\r\n3,4', [
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', '4'], line: 3 },
    ]);
  });

  it('keeps empty fields at the start, middle and end of a record', () => {
    expectParsesTo(',x,,\n', [{ fields: ['', 'x', '', ''], line: 1 }]);
  });

  it('unquotes fields and turns "" into one quote', () => {
    expectParsesTo('"a, b","say ""hi""",""\r\n', [{ fields: ['a, b', 'say "hi"', ''], line: 1 }]);
  });

  it('keeps newlines inside quoted fields and counts their lines', () => {
    // Record 1 spans lines 1–3 (two line feeds inside the quotes), so record 2 starts on line 4.
    expectParsesTo('"one\ntwo\r\nthree",1\n2,3\n', [
      { fields: ['one\ntwo\r\nthree', '1'], line: 1 },
      { fields: ['2', '3'], line: 4 },
    ]);
  });

  it('strips a byte order mark only at the very start', () => {
    expectParsesTo('\uFEFFQ1,Q2\n1,\uFEFF2\n', [
      { fields: ['Q1', 'Q2'], line: 1 },
      { fields: ['1', '\uFEFF2'], line: 2 },
    ]);
  });

  it('skips blank lines but keeps counting lines', () => {
    expectParsesTo('a\n\n\r\nb\n\n', [
      { fields: ['a'], line: 1 },
      { fields: ['b'], line: 4 },
    ]);
  });

  it('reports records with their own field count (short rows are the caller’s business)', () => {
    expectParsesTo('a,b,c\n1,2', [
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', '2'], line: 2 },
    ]);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expectParsesTo('5"7,x\n', [{ fields: ['5"7', 'x'], line: 1 }]);
  });

  it('leaves unwanted columns empty without losing their position', () => {
    expect(parseChunks(['a,"b,c",d\n1,2,3\n'], [false, true, false])).toEqual([
      { fields: ['', 'b,c', ''], line: 1 },
      { fields: ['', '2', ''], line: 2 },
    ]);
  });

  it('rejects text after a closing quote, naming the line and field', () => {
    expect(() => parseChunks(['a,b\n"x"y,1\n'])).toThrow(
      'Line 2, field 1: a quoted field is followed by "y" instead of a comma or line end.',
    );
  });

  it('rejects a quoted field that never closes as a cut-off file', () => {
    expect(() => parseChunks(['a,b\n1,"open\nmore'])).toThrow(
      'The quoted field starting on line 2 is never closed: the file ends inside it. The file is probably cut off',
    );
  });

  it('parses a 5,000-record text fed in uneven chunks like a stream would', () => {
    const lines = Array.from(
      { length: 5000 },
      (_, index) => `${index},"q""${index % 7}",${index % 3 === 0 ? '' : index}`,
    );
    const text = `${lines.join('\r\n')}\r\n`;
    const chunks: string[] = [];
    for (let start = 0, size = 1; start < text.length; start += size, size = (size * 7 + 3) % 4093) {
      chunks.push(text.slice(start, start + size));
    }
    const records = parseChunks(chunks);
    expect(records).toHaveLength(5000);
    expect(records[4999]).toEqual({ fields: ['4999', 'q"1', '4999'], line: 5000 });
    expect(records[3]).toEqual({ fields: ['3', 'q"3', ''], line: 4 });
  });

  it('rejects a record longer than the limit as soon as it is seen, whole or growing over chunks', () => {
    const records: string[][] = [];
    const limited = () => new CsvStreamParser((fields) => records.push([...fields]), 10);
    const whole = limited();
    whole.push('abcd,efghi\n');
    expect(records).toEqual([['abcd', 'efghi']]);
    expect(() => whole.push('abcd,efghij\nx\n')).toThrow(
      'Line 2 is longer than 10 characters without a line break (the limit is far above any real survey row)',
    );
    const growing = limited();
    growing.push('"abcdef');
    expect(() => growing.push('ghijk')).toThrow('Line 1 is longer than 10 characters');
  });

  it('documents a default record limit far above a WVS-7 row (about 5,000 characters)', () => {
    expect(MAX_RECORD_CHARS).toBe(1_000_000);
  });
});
