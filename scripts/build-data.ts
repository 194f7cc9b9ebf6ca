/**
 * `npm run build:data`: turns ../shared/data (or $SHARED_DATA_DIR, relative to the repo root) into
 * public/data/wvs7-dataset.json and its JSON Schema, and the published model runs into public/data/published/. The build logic lives in scripts/dataset/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { buildDatasetFiles } from './dataset/buildDatasetFiles.ts';
import { buildPublishedRuns } from './dataset/publishedRuns.ts';
import { parseDataset } from '../src/lib/survey/parseDataset.ts';

const repoRoot = join(import.meta.dirname, '..');
const sharedDataDir = resolve(repoRoot, process.env['SHARED_DATA_DIR'] ?? '../shared/data');
const atlasPath = join(repoRoot, 'node_modules', 'world-atlas', 'countries-50m.json');
const outDir = join(repoRoot, 'public', 'data');

try {
  const files = buildDatasetFiles(sharedDataDir, atlasPath);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'wvs7-dataset.json'), files.dataset);
  writeFileSync(join(outDir, 'wvs7-dataset.schema.json'), files.schema);
  const raw = Buffer.byteLength(files.dataset);
  const gzipped = gzipSync(files.dataset, { level: 9 }).length;
  const publishedDir = join(outDir, 'published');
  mkdirSync(publishedDir, { recursive: true });
  for (const [name, text] of buildPublishedRuns(sharedDataDir, parseDataset(JSON.parse(files.dataset)))) {
    writeFileSync(join(publishedDir, name), text);
    console.log(`wrote public/data/published/${name}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB raw`);
  }
  console.log(
    `wrote public/data/wvs7-dataset.json: ${(raw / 1024).toFixed(1)} KiB raw, ${(gzipped / 1024).toFixed(1)} KiB gzipped`,
  );
} catch (error) {
  console.error(
    `build:data failed (sources: ${sharedDataDir}):\n${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
