import { SurveyImportError } from '../SurveyImportError.ts';
import { CsvStreamParser } from '../csv/CsvStreamParser.ts';
import { rejectRepeatedColumn } from '../csv/rejectRepeatedColumn.ts';
import { parsePythonLiteral, type PythonValue } from './parsePythonLiteral.ts';

/** One WVS row of GlobalOpinionQA: a question, its answer options and each country's shares over them. */
export interface GlobalOpinionsRow {
  /** 1-based line on which the row starts, counting the header as line 1. */
  row: number;
  question: string;
  options: string[];
  /** country name as written → share per option (same order as `options`). */
  selections: Map<string, number[]>;
}

export interface ParsedGlobalOpinions {
  wvsRows: GlobalOpinionsRow[];
  /** Rows from other sources (Pew's GAS), skipped. */
  otherRows: number;
}

const REQUIRED = ['question', 'selections', 'options', 'source'] as const;

/**
 * Parses Anthropic's global_opinions.csv (columns question, selections, options, source; selections and options
 * are Python repr() strings) and keeps the rows whose source is "WVS". The file is ~5 MB, so it is read whole.
 * The project's own CSV parser is used because d3's csvParse compiles a row converter with `new Function`, which
 * the site's Content-Security-Policy (no eval) forbids; it also rejects a file cut off inside a quoted cell.
 */
export function parseGlobalOpinionsCsv(text: string): ParsedGlobalOpinions {
  const records: { cells: string[]; line: number }[] = [];
  const parser = new CsvStreamParser((fields, line) => records.push({ cells: [...fields], line }));
  parser.push(text);
  parser.end();
  const header = records.shift()?.cells ?? [];
  const missing = REQUIRED.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new SurveyImportError(
      'missing-columns',
      `This file lacks the GlobalOpinionQA columns ${missing.join(', ')} (it has: ${header.slice(0, 8).join(', ') || 'no columns'}). ` +
        'Choose global_opinions.csv from the Anthropic/llm_global_opinions dataset.',
    );
  }
  rejectRepeatedColumn(header);
  const [question, selections, options, source] = REQUIRED.map((column) => header.indexOf(column)) as [
    number,
    number,
    number,
    number,
  ];
  const wvsRows: GlobalOpinionsRow[] = [];
  let otherRows = 0;
  for (const { cells, line } of records) {
    if (cells.length !== header.length) {
      throw new SurveyImportError(
        'truncated',
        `Row ${line} has ${cells.length} cells but the header has ${header.length}: the file is probably cut off or edited; download it again.`,
      );
    }
    if ((cells[source] ?? '').trim() !== 'WVS') {
      otherRows += 1;
      continue;
    }
    const rowOptions = readOptions(cells[options] ?? '', line);
    wvsRows.push({
      row: line,
      question: (cells[question] ?? '').trim(),
      options: rowOptions,
      selections: readSelections(cells[selections] ?? '', line, rowOptions.length),
    });
  }
  if (wvsRows.length === 0) {
    throw new SurveyImportError(
      'no-data',
      'The file has no rows whose source is "WVS". Choose the full global_opinions.csv.',
    );
  }
  return { wvsRows, otherRows };
}

function readOptions(cell: string, row: number): string[] {
  const value = parseCell(cell, row, 'options');
  if (!Array.isArray(value) || value.some((option) => typeof option !== 'string')) {
    throw cellError(row, 'options', 'is not a list of texts', cell);
  }
  return value as string[];
}

function readSelections(cell: string, row: number, optionCount: number): Map<string, number[]> {
  const value = parseCell(cell, row, 'selections');
  if (!(value instanceof Map)) throw cellError(row, 'selections', 'is not a dictionary of country → shares', cell);
  const selections = new Map<string, number[]>();
  for (const [country, shares] of value) {
    if (!Array.isArray(shares) || shares.some((share) => typeof share !== 'number')) {
      throw cellError(row, 'selections', `has a non-numeric entry for ${String(country)}`, cell);
    }
    if (shares.some((share) => !isShare(share))) {
      throw cellError(
        row,
        'selections',
        `has a share that is not a finite, non-negative number for ${String(country)}`,
        cell,
      );
    }
    if (shares.length !== optionCount) {
      throw cellError(
        row,
        'selections',
        `has ${shares.length} shares for ${String(country)} but the row has ${optionCount} options`,
        cell,
      );
    }
    selections.set(String(country), shares as number[]);
  }
  return selections;
}

/** A share as published: finite and not negative (inf and nan appear only in damaged files). */
function isShare(share: PythonValue): boolean {
  return typeof share === 'number' && Number.isFinite(share) && share >= 0;
}

function parseCell(cell: string, row: number, column: string): PythonValue {
  try {
    return parsePythonLiteral(cell);
  } catch (error) {
    throw cellError(row, column, `cannot be read (${error instanceof Error ? error.message : String(error)})`, cell);
  }
}

function cellError(row: number, column: string, problem: string, cell: string): SurveyImportError {
  return new SurveyImportError(
    'malformed-row',
    `Row ${row}, column ${column} ${problem}: ${JSON.stringify(cell.slice(0, 60))}. The file may have been edited; download it again.`,
  );
}
