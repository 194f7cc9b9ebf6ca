import { csvFormat } from 'd3';

/** One CSV column: its header and how to read it from a row. Numbers are written as they are (no rounding). */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/**
 * The numbers behind a chart as CSV text, columns in the given order. Missing values
 * (null, undefined, NaN) become empty cells, never "NaN" or "null", so spreadsheets read them as blanks.
 */
export function rowsToCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  if (columns.length === 0) throw new Error('rowsToCsv: no columns given; pass at least one {header, value} column.');
  const headers = columns.map((column) => column.header);
  const duplicate = headers.find((header, index) => headers.indexOf(header) !== index);
  if (duplicate !== undefined)
    throw new Error(`rowsToCsv: column header "${duplicate}" appears twice; headers must be unique.`);
  const records = rows.map((row) => {
    const record: Record<string, string> = {};
    for (const column of columns) record[column.header] = cellText(column.value(row));
    return record;
  });
  return csvFormat(records, headers);
}

function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}
