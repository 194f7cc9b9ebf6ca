import { readSources } from './readSources.ts';
import { assembleDataset } from './assembleDataset.ts';
import { validateDataset } from './validateDataset.ts';
import { serializeDataset } from './serializeDataset.ts';
import { DATASET_SCHEMA } from './datasetSchema.ts';
import { parseDataset } from '../../src/lib/survey/parseDataset.ts';

export interface DatasetFiles {
  dataset: string;
  schema: string;
}

/** Reads the sources, builds and checks the dataset, and returns the text of both output files. */
export function buildDatasetFiles(sharedDataDir: string, atlasPath: string): DatasetFiles {
  const sources = readSources(sharedDataDir, atlasPath);
  const dataset = assembleDataset(sources);
  validateDataset(dataset, sources.adjustments);
  const text = serializeDataset({ ...dataset });
  // The app reads the file through parseDataset; a file it would reject must not be written.
  parseDataset(JSON.parse(text));
  return { dataset: text, schema: `${JSON.stringify(DATASET_SCHEMA, null, 2)}\n` };
}
