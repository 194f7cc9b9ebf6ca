import { formatCsvRows, type CsvValue } from '../../survey/csv/formatCsvRows';

/** One CSV column: its header and how to read it from a row. Numbers are written as they are (no rounding). */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

/**
 * The numbers behind a chart as CSV text, columns in the given order. Missing values
 * (null, undefined, NaN) become empty cells, never "NaN" or "null", so spreadsheets read them as blanks;
 * text that a spreadsheet would run as a formula is written as text (see formatCsvRows).
 */
export function rowsToCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  if (columns.length === 0) throw new Error('rowsToCsv: no columns given; pass at least one {header, value} column.');
  const headers = columns.map((column) => column.header);
  const duplicate = headers.find((header, index) => headers.indexOf(header) !== index);
  if (duplicate !== undefined)
    throw new Error(`rowsToCsv: column header "${duplicate}" appears twice; headers must be unique.`);
  return formatCsvRows([headers, ...rows.map((row) => columns.map((column) => column.value(row)))]);
}
