/**
 * Writes a synthetic WVS-7 microdata CSV in the official layout (BOM, CRLF, quoted fields, shuffled columns,
 * missing and off-scale codes, an unknown country) over the bundled dataset's questions and countries, with
 * known weighted distributions. No real microdata is involved.
 *
 *   npx tsx tests/generate-microdata.ts --rows 20000 --out /tmp/wvs.csv [--size-mb 20] [--seed 7] [--expected /tmp/wvs.json]
 *
 * --expected writes what an importer must find (rows, missing and excluded answers, weighted sums in eighths).
 */
import { statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ExpectedMicrodata, MicrodataFileSpec } from './microdata/generateMicrodata.ts';
import { datasetBank, defaultSpec, fillerColumnsForSize, writeMicrodataFile } from './microdata/writeMicrodataFile.ts';

export {
  generateMicrodata,
  defaultSpec,
  type ExpectedMicrodata,
  type MicrodataFileSpec,
} from './microdata/generateMicrodata.ts';
export { writeMicrodataFile, datasetBank, fillerColumnsForSize } from './microdata/writeMicrodataFile.ts';

/** Generates `out` with `rows` rows, padded to about `sizeMb` MB when given. */
export function generateMicrodataFile(options: { out: string; rows: number; sizeMb?: number; seed?: number }): {
  spec: MicrodataFileSpec;
  expected: ExpectedMicrodata;
} {
  const base = { ...defaultSpec, ...datasetBank(), rows: options.rows, seed: options.seed ?? defaultSpec.seed };
  const fillerColumns =
    options.sizeMb === undefined ? defaultSpec.fillerColumns : fillerColumnsForSize(base, options.sizeMb);
  const spec: MicrodataFileSpec = { ...base, fillerColumns };
  return { spec, expected: writeMicrodataFile(options.out, spec) };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      out: { type: 'string' },
      'size-mb': { type: 'string' },
      seed: { type: 'string' },
      expected: { type: 'string' },
    },
  });
  const rows = Number(values.rows);
  if (!values.out || !Number.isInteger(rows) || rows < 1) {
    console.error(
      'Usage: npx tsx tests/generate-microdata.ts --rows N --out FILE [--size-mb M] [--seed S] [--expected FILE.json]',
    );
    process.exit(2);
  }
  const sizeMb = values['size-mb'] === undefined ? undefined : Number(values['size-mb']);
  const { expected } = generateMicrodataFile({
    out: values.out,
    rows,
    sizeMb,
    seed: values.seed === undefined ? undefined : Number(values.seed),
  });
  if (values.expected) writeFileSync(values.expected, JSON.stringify(expected));
  const megabytes = statSync(values.out).size / 1e6;
  console.log(
    `${values.out}: ${megabytes.toFixed(1)} MB, ${expected.rows} rows (${expected.rowsUsed} from dataset countries), ` +
      `${expected.missingAnswers} missing and ${expected.excludedAnswers} off-scale answers`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
