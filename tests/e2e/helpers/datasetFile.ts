import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of public/data/wvs7-dataset.json the e2e tests compare the page with, read straight from disk. */
export interface DatasetFile {
  questions: {
    id: string;
    text: string;
    label: string;
    scaleType: 'ordinal' | 'binary' | 'nominal';
    options: { code: number; text: string }[];
  }[];
  countries: { id: string; name: string; atlasId: string; ownPolygon: boolean }[];
  responses: Record<string, Record<string, { n: number; mean: number | null; distribution: number[] }>>;
}

export function readDatasetFile(): DatasetFile {
  const path = join(import.meta.dirname, '..', '..', '..', 'public', 'data', 'wvs7-dataset.json');
  return JSON.parse(readFileSync(path, 'utf8')) as DatasetFile;
}
