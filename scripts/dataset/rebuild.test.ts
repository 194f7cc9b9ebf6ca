import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDatasetFiles } from './buildDatasetFiles.ts';

const repoRoot = join(import.meta.dirname, '..', '..');
const sharedDataDir = resolve(repoRoot, process.env['SHARED_DATA_DIR'] ?? '../shared/data');
const sharedPresent = existsSync(join(sharedDataDir, 'countries.csv'));
if (!sharedPresent)
  console.warn(
    `rebuild test skipped: no source data at ${sharedDataDir} (set SHARED_DATA_DIR or check out ../shared).`,
  );

describe('npm run build:data', () => {
  it.skipIf(!sharedPresent)('rebuild equals committed file (needs ../shared)', () => {
    const files = buildDatasetFiles(sharedDataDir, join(repoRoot, 'node_modules', 'world-atlas', 'countries-50m.json'));
    expect(files.dataset === readFileSync(join(repoRoot, 'public', 'data', 'wvs7-dataset.json'), 'utf8')).toBe(true);
    expect(files.schema).toBe(readFileSync(join(repoRoot, 'public', 'data', 'wvs7-dataset.schema.json'), 'utf8'));
  });
});
