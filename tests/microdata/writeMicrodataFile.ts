import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../src/lib/survey/parseDataset.ts';
import type { Country, Question } from '../../src/lib/survey/types.ts';
import { defaultSpec, generateMicrodata, type ExpectedMicrodata, type MicrodataFileSpec } from './generateMicrodata.ts';

/** Strings are gathered to about this many characters before each write: few syscalls, flat memory. */
const writeBatchChars = 1 << 20;

/** Writes a generated microdata file to `path` without holding it in memory; returns the known aggregates. */
export function writeMicrodataFile(path: string, spec: MicrodataFileSpec): ExpectedMicrodata {
  const file = openSync(path, 'w');
  let batch: string[] = [];
  let batchChars = 0;
  const flush = () => {
    writeSync(file, batch.join(''));
    batch = [];
    batchChars = 0;
  };
  try {
    const expected = generateMicrodata(spec, (text) => {
      batch.push(text);
      batchChars += text.length;
      if (batchChars >= writeBatchChars) flush();
    });
    flush();
    return expected;
  } finally {
    closeSync(file);
  }
}

/** The bundled dataset's questions and countries, so generated files look like the real one to the app. */
export function datasetBank(root = join(import.meta.dirname, '..', '..')): {
  questions: Question[];
  countries: Country[];
} {
  const dataset = parseDataset(JSON.parse(readFileSync(join(root, 'public', 'data', 'wvs7-dataset.json'), 'utf8')));
  return { questions: dataset.questions, countries: dataset.countries };
}

/**
 * The number of filler columns that brings a file of `rows` rows to about `megabytes` MB, measured on a sample
 * (row length grows linearly with the filler count).
 */
export function fillerColumnsForSize(spec: Omit<MicrodataFileSpec, 'fillerColumns'>, megabytes: number): number {
  const sampleRows = 200;
  const bytesPerRow = (fillerColumns: number) => {
    let bytes = 0;
    generateMicrodata({ ...spec, rows: sampleRows, fillerColumns }, (text) => {
      bytes += Buffer.byteLength(text);
    });
    return bytes / sampleRows;
  };
  const base = bytesPerRow(0);
  const perFiller = (bytesPerRow(100) - base) / 100;
  const wanted = (megabytes * 1e6) / spec.rows;
  return Math.max(0, Math.round((wanted - base) / perFiller));
}

export { defaultSpec };
