import { SurveyImportError } from '../SurveyImportError.ts';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const BOM = '\uFEFF';

/**
 * The longest record accepted, in characters. A WVS-7 row is about 5,000 characters and a GlobalOpinionQA row a few
 * thousand; a longer record means a file that is not a survey CSV (or has lost its line breaks), and carrying it
 * over chunk after chunk would cost time and memory out of all proportion, so it is refused as soon as it is seen.
 */
export const MAX_RECORD_CHARS = 1_000_000;

/**
 * Receives each record. `fields` is reused for the next record: copy what you keep.
 * `line` is the 1-based physical line on which the record starts.
 */
export type CsvRecordHandler = (fields: readonly string[], line: number) => void;

/**
 * RFC 4180 CSV parser fed with text chunks of any size (a record may span chunks).
 * Handles quoted fields with "" escapes and embedded newlines, LF and CRLF line ends, a leading BOM,
 * empty fields and a last line without a newline; blank lines are skipped.
 * Written by hand because the well-kept streaming parsers either read the File themselves (Papa Parse)
 * or need Node streams (csv-parse); this one is push-based and skips slicing columns nobody asked for.
 */
export class CsvStreamParser {
  private leftover = '';
  private line = 1;
  private started = false;
  private readonly fields: string[] = [];
  private wanted: readonly boolean[] | null = null;

  constructor(
    private readonly onRecord: CsvRecordHandler,
    private readonly maxRecordChars = MAX_RECORD_CHARS,
  ) {}

  /** Only columns marked true are sliced; the others arrive as ''. Pass null to keep every column. */
  keepColumns(wanted: readonly boolean[] | null): void {
    this.wanted = wanted;
  }

  push(chunk: string): void {
    this.parse(this.leftover + chunk, false);
  }

  /** Parses what is left; the last record may lack a line break. */
  end(): void {
    const rest = this.leftover;
    this.leftover = '';
    this.parse(rest, true);
  }

  private parse(input: string, final: boolean): void {
    let text = input;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    const length = text.length;
    const fields = this.fields;
    const keep = this.wanted;
    let pos = 0;
    while (pos < length) {
      const recordStart = pos;
      let lineBreaks = 0;
      let count = 0;
      for (;;) {
        const wanted = keep === null || keep[count] === true;
        if (pos < length && text.charCodeAt(pos) === QUOTE) {
          const closing = findClosingQuote(text, pos + 1);
          if (closing === -1 || (closing === length - 1 && !final)) {
            if (final) throw unterminatedQuote(this.line + lineBreaks);
            this.keepLeftover(text, recordStart);
            return;
          }
          const raw = text.slice(pos + 1, closing);
          lineBreaks += countLineFeeds(raw);
          fields[count] = wanted ? raw.replaceAll('""', '"') : '';
          pos = closing + 1;
        } else {
          let end = pos;
          while (end < length) {
            const code = text.charCodeAt(end);
            if (code === COMMA || code === LF || code === CR) break;
            end += 1;
          }
          fields[count] = wanted ? text.slice(pos, end) : '';
          pos = end;
        }
        count += 1;
        if (pos >= length) {
          if (!final) {
            this.keepLeftover(text, recordStart);
            return;
          }
          this.checkLength(pos - recordStart);
          this.emit(count, recordStart === pos, lineBreaks);
          return;
        }
        const code = text.charCodeAt(pos);
        if (code === COMMA) {
          pos += 1;
          continue;
        }
        if (code === CR && pos + 1 >= length && !final) {
          this.keepLeftover(text, recordStart);
          return;
        }
        if (code !== CR && code !== LF) {
          throw new SurveyImportError(
            'not-csv',
            `Line ${this.line + lineBreaks}, field ${count}: a quoted field is followed by "${text[pos]}" instead of a comma or line end. ` +
              'Check that the file is a comma-separated CSV export.',
          );
        }
        this.checkLength(pos - recordStart);
        const isBlankLine = pos === recordStart;
        pos += code === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
        this.emit(count, isBlankLine, lineBreaks + 1);
        break;
      }
    }
    this.leftover = '';
  }

  /** Keeps the incomplete record at the end of `text` for the next chunk. */
  private keepLeftover(text: string, recordStart: number): void {
    this.checkLength(text.length - recordStart);
    this.leftover = text.slice(recordStart);
  }

  private checkLength(recordChars: number): void {
    if (recordChars > this.maxRecordChars) {
      throw new SurveyImportError(
        'not-csv',
        `Line ${this.line} is longer than ${this.maxRecordChars.toLocaleString('en-US')} characters without a line break ` +
          '(the limit is far above any real survey row). The file is not a survey CSV or has lost its line breaks; ' +
          'choose the original file.',
      );
    }
  }

  private emit(count: number, isBlankLine: boolean, lineBreaks: number): void {
    if (!isBlankLine) {
      this.fields.length = count;
      this.onRecord(this.fields, this.line);
    }
    this.line += lineBreaks;
  }
}

/** Index of the quote that closes a quoted field whose content starts at `from`, or -1 if not in `text`. */
function findClosingQuote(text: string, from: number): number {
  let search = from;
  for (;;) {
    const quote = text.indexOf('"', search);
    if (quote === -1) return -1;
    if (text.charCodeAt(quote + 1) !== QUOTE) return quote;
    search = quote + 2;
  }
}

function countLineFeeds(text: string): number {
  let lineFeeds = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineFeeds += 1;
  return lineFeeds;
}

function unterminatedQuote(line: number): SurveyImportError {
  return new SurveyImportError(
    'truncated',
    `The quoted field starting on line ${line} is never closed: the file ends inside it. The file is probably cut off; download it again.`,
  );
}
