/** What a CSV cell may be given; numbers are written as they are (no rounding). */
export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_TEXT = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const NEEDS_QUOTES = /[",\n\r]/;

/**
 * The text of one cell. Missing values (null, undefined, NaN, ±Infinity) become empty cells. Text starting with
 * =, +, -, @, tab or CR gets a leading apostrophe so spreadsheets show it rather than run it, unless it is a plain
 * number such as "-0.25", which stays a number.
 */
export function csvCellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  return FORMULA_START.test(text) && !NUMBER_TEXT.test(text) ? `'${text}` : text;
}

/** CSV text (RFC 4180 quoting, LF line ends) for rows of cells; every CSV the app writes goes through here. */
export function formatCsvRows(rows: readonly (readonly CsvValue[])[]): string {
  return rows
    .map((row) =>
      row
        .map((value) => {
          const text = csvCellText(value);
          return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
        })
        .join(','),
    )
    .join('\n');
}
