import type { Country, Question } from '../../types.ts';
import { SurveyImportError } from '../SurveyImportError.ts';
import { MicrodataAggregator, type MicrodataAggregate } from './MicrodataAggregator.ts';
import { planMicrodataColumns, type MicrodataColumns } from './planMicrodataColumns.ts';

/**
 * Checks the file's shape record by record (header first, then rows of the header's width) and hands the rows
 * to the aggregator. A short row is only known to be a cut-off end of file once no row follows it.
 */
export class MicrodataRecordSink {
  rows = 0;
  private columns: MicrodataColumns | null = null;
  private aggregator: MicrodataAggregator | null = null;
  private shortRow: { line: number; fields: number } | null = null;

  constructor(
    private readonly questions: readonly Question[],
    private readonly countries: readonly Country[],
    /** Told which columns matter once the header is known, so the parser can skip slicing the rest. */
    private readonly onColumns: (wanted: boolean[]) => void,
  ) {}

  record(fields: readonly string[], line: number): void {
    if (this.columns === null || this.aggregator === null) {
      rejectIfNotCommaSeparated(fields);
      this.columns = planMicrodataColumns(fields, this.questions);
      this.aggregator = new MicrodataAggregator(this.columns, this.questions, this.countries);
      this.onColumns(wantedColumns(this.columns));
      return;
    }
    const width = this.columns.width;
    if (this.shortRow !== null) throw malformedRow(this.shortRow.line, this.shortRow.fields, width);
    this.rows += 1;
    if (fields.length < width) {
      this.shortRow = { line, fields: fields.length };
      return;
    }
    if (fields.length > width) throw malformedRow(line, fields.length, width);
    this.aggregator.addRecord(fields, line);
  }

  /** Call after the last record. */
  finish(): MicrodataAggregate {
    if (this.columns === null || this.aggregator === null) {
      throw new SurveyImportError('no-data', 'The file is empty. Choose the WVS Wave 7 cross-national CSV file.');
    }
    if (this.shortRow !== null) {
      throw new SurveyImportError(
        'truncated',
        `The file ends in the middle of a row: line ${this.shortRow.line} has ${this.shortRow.fields} of the ${this.columns.width} columns ` +
          'in the header. The file is cut off (an interrupted download or copy); download it again.',
      );
    }
    if (this.rows === 0) {
      throw new SurveyImportError(
        'no-data',
        'The file has a header line but no data rows. Choose the full WVS Wave 7 CSV file.',
      );
    }
    return this.aggregator.finish();
  }
}

function wantedColumns(columns: MicrodataColumns): boolean[] {
  const wanted = new Array<boolean>(columns.width).fill(false);
  wanted[columns.country.column] = true;
  wanted[columns.weight.column] = true;
  for (const { column } of columns.questions) wanted[column] = true;
  return wanted;
}

function rejectIfNotCommaSeparated(header: readonly string[]): void {
  if (header.length > 1) return;
  const first = header[0] ?? '';
  const separator = first.includes(';') ? 'semicolons' : first.includes('\t') ? 'tabs' : null;
  throw new SurveyImportError(
    'not-csv',
    separator === null
      ? `The first line has no commas, so this is not a CSV file (it starts with ${JSON.stringify(first.slice(0, 60))}). Choose the WVS Wave 7 CSV file.`
      : `The columns are separated by ${separator}, not commas. Choose the comma-separated CSV file as downloaded from the WVS website.`,
  );
}

function malformedRow(line: number, fields: number, width: number): SurveyImportError {
  return new SurveyImportError(
    'malformed-row',
    `Line ${line} has ${fields} columns but the header has ${width}. The file is damaged; download it again.`,
  );
}
