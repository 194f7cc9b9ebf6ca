import type { Country, Question } from '../../types.ts';
import { CsvStreamParser } from '../csv/CsvStreamParser.ts';
import { SurveyImportError } from '../SurveyImportError.ts';
import type { MicrodataAggregate } from './MicrodataAggregator.ts';
import { MicrodataRecordSink } from './MicrodataRecordSink.ts';

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
  const parser: CsvStreamParser = new CsvStreamParser((fields, line) => sink.record(fields, line));
  const sink = new MicrodataRecordSink(questions, countries, (wanted) => parser.keepColumns(wanted));
  const reader = bytes.pipeThrough(countBytes(progress)).pipeThrough(new TextDecoderStream('utf-8')).getReader();
  const release = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', release, { once: true });
  let lastReport = 0;
  try {
    for (let first = true; ; first = false) {
      throwIfAborted(signal);
      const { done, value } = await reader.read();
      throwIfAborted(signal);
      if (done) break;
      if (first) rejectIfBinary(value);
      parser.push(value);
      progress.rows = sink.rows;
      const now = Date.now();
      if (onProgress && now - lastReport >= progressIntervalMs) {
        lastReport = now;
        onProgress({ ...progress });
      }
    }
    parser.end();
  } catch (error) {
    release();
    throw error;
  } finally {
    signal?.removeEventListener('abort', release);
  }
  const aggregate = sink.finish();
  onProgress?.({ ...progress, rows: sink.rows });
  return aggregate;
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

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SurveyImportError('cancelled', 'Import cancelled; nothing was saved.');
}
