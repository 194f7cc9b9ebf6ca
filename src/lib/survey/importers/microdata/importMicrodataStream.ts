import type { Country, Question } from '../../types.ts';
import { CsvStreamParser } from '../csv/CsvStreamParser.ts';
import { SurveyImportError } from '../SurveyImportError.ts';
import { MicrodataAggregator, type MicrodataAggregate } from './MicrodataAggregator.ts';
import { planMicrodataColumns, type MicrodataColumns } from './planMicrodataColumns.ts';

export interface MicrodataProgress {
  bytesRead: number;
  /** File size when known (from File.size), else null. */
  totalBytes: number | null;
  rows: number;
}

export interface MicrodataStreamOptions {
  questions: readonly Question[];
  countries: readonly Country[];
  totalBytes?: number | null;
  onProgress?: (progress: MicrodataProgress) => void;
  signal?: AbortSignal;
}

/** Time between progress reports: often enough for a smooth bar, rare enough to cost nothing. */
const progressIntervalMs = 100;

/**
 * Reads a WVS-7 microdata CSV as a byte stream (never whole) and aggregates it. The same code runs in the
 * browser's import worker and in the Node benchmark. Throws SurveyImportError with a message for people.
 */
export async function importMicrodataStream(
  bytes: ReadableStream<Uint8Array<ArrayBuffer>>,
  options: MicrodataStreamOptions,
): Promise<MicrodataAggregate> {
  const { questions, countries, signal, onProgress } = options;
  const progress: MicrodataProgress = { bytesRead: 0, totalBytes: options.totalBytes ?? null, rows: 0 };
  let columns: MicrodataColumns | null = null;
  let aggregator: MicrodataAggregator | null = null;
  /** A row with too few fields is only known to be a cut-off end once no row follows it. */
  let shortRow: { line: number; fields: number } | null = null;

  const parser = new CsvStreamParser((fields, line) => {
    if (columns === null || aggregator === null) {
      rejectIfNotCommaSeparated(fields);
      columns = planMicrodataColumns(fields, questions);
      aggregator = new MicrodataAggregator(columns, questions, countries);
      parser.keepColumns(wantedColumns(columns));
      return;
    }
    if (shortRow !== null) throw malformedRow(shortRow.line, shortRow.fields, columns.width);
    progress.rows += 1;
    if (fields.length < columns.width) {
      shortRow = { line, fields: fields.length };
      return;
    }
    if (fields.length > columns.width) throw malformedRow(line, fields.length, columns.width);
    aggregator.addRecord(fields, line);
  });

  const reader = bytes.pipeThrough(countBytes(progress)).pipeThrough(new TextDecoderStream('utf-8')).getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  let lastReport = 0;
  try {
    let first = true;
    for (;;) {
      throwIfAborted(signal);
      const { done, value } = await reader.read();
      throwIfAborted(signal);
      if (done) break;
      if (first) {
        rejectIfBinary(value);
        first = false;
      }
      parser.push(value);
      const now = Date.now();
      if (onProgress && now - lastReport >= progressIntervalMs) {
        lastReport = now;
        onProgress({ ...progress });
      }
    }
    parser.end();
  } finally {
    signal?.removeEventListener('abort', cancel);
  }

  const finalAggregator = aggregator as MicrodataAggregator | null;
  const finalColumns = columns as MicrodataColumns | null;
  if (finalAggregator === null || finalColumns === null) {
    throw new SurveyImportError('no-data', 'The file is empty. Choose the WVS Wave 7 cross-national CSV file.');
  }
  const cutOff = shortRow as { line: number; fields: number } | null;
  if (cutOff !== null) {
    throw new SurveyImportError(
      'truncated',
      `The file ends in the middle of a row: line ${cutOff.line} has ${cutOff.fields} of the ${finalColumns.width} columns ` +
        'in the header. The file is cut off (an interrupted download or copy); download it again.',
    );
  }
  if (progress.rows === 0) {
    throw new SurveyImportError('no-data', 'The file has a header line but no data rows. Choose the full WVS Wave 7 CSV file.');
  }
  onProgress?.({ ...progress });
  return finalAggregator.finish();
}

function wantedColumns(columns: MicrodataColumns): boolean[] {
  const wanted = new Array<boolean>(columns.width).fill(false);
  wanted[columns.country.column] = true;
  wanted[columns.weight.column] = true;
  for (const { column } of columns.questions) wanted[column] = true;
  return wanted;
}

function countBytes(progress: MicrodataProgress): TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>> {
  return new TransformStream({
    transform(chunk, controller) {
      progress.bytesRead += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

/** Zip archives and spreadsheets decode to text full of NULs and control characters; say so before parsing. */
function rejectIfBinary(firstText: string): void {
  if (firstText.startsWith('PK\u0003\u0004')) {
    throw new SurveyImportError('not-csv', 'This is a zip archive. Unzip it first and choose the .csv file inside.');
  }
  if (firstText.slice(0, 4096).includes('\u0000')) {
    throw new SurveyImportError(
      'not-csv',
      'This is not a CSV text file (it contains binary data). Choose the CSV version of the WVS Wave 7 file, not the SPSS, Stata or Excel one.',
    );
  }
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

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SurveyImportError('cancelled', 'Import cancelled; nothing was saved.');
}
