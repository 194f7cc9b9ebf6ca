import { describe, expect, it } from 'vitest';
import { rowsToCsv, type CsvColumn } from './rowsToCsv';

interface Row {
  name: string;
  r: number | null;
}

const columns: CsvColumn<Row>[] = [
  { header: 'country', value: (row) => row.name },
  { header: 'r', value: (row) => row.r },
];

describe('rowsToCsv', () => {
  it('writes a header line and one line per row in column order', () => {
    expect(
      rowsToCsv(
        [
          { name: 'Kenya', r: 0.5 },
          { name: 'Peru', r: -0.25 },
        ],
        columns,
      ),
    ).toBe('country,r\nKenya,0.5\nPeru,-0.25');
  });

  it('writes only the header for no rows', () => {
    expect(rowsToCsv([], columns)).toBe('country,r');
  });

  it('leaves null, undefined and NaN cells empty', () => {
    const rows: Row[] = [
      { name: 'A', r: null },
      { name: 'B', r: Number.NaN },
    ];
    expect(rowsToCsv(rows, columns)).toBe('country,r\nA,\nB,');
  });

  it('quotes cells that contain commas, quotes or line breaks', () => {
    expect(rowsToCsv([{ name: 'Korea, "South"', r: 1 }], columns)).toBe('country,r\n"Korea, ""South""",1');
  });

  it('writes names that start like a formula as text, and negative numbers as numbers', () => {
    expect(rowsToCsv([{ name: '=cmd|x', r: -1 }], columns)).toBe("country,r\n'=cmd|x,-1");
  });

  it('rejects an empty column list and duplicate headers with actionable messages', () => {
    expect(() => rowsToCsv([{ name: 'A', r: 1 }], [])).toThrow(
      'rowsToCsv: no columns given; pass at least one {header, value} column.',
    );
    expect(() => rowsToCsv([], [columns[0]!, columns[0]!])).toThrow(
      'rowsToCsv: column header "country" appears twice; headers must be unique.',
    );
  });
});
