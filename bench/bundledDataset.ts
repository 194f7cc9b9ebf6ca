import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunScope } from '../src/lib/store/types.ts';
import { parseDataset } from '../src/lib/survey/parseDataset.ts';
import type { Dataset } from '../src/lib/survey/types.ts';

/** public/data/wvs7-dataset.json, parsed as the app parses it. */
export const bundledDataset: Dataset = parseDataset(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'public', 'data', 'wvs7-dataset.json'), 'utf8')),
);

/** A run over the dataset's first `questions` questions × first `countries` countries. */
export function leadingScope(dataset: Dataset, questions: number, countries: number): RunScope {
  return {
    questionIds: dataset.questions.slice(0, questions).map((question) => question.id),
    countryIds: dataset.countries.slice(0, countries).map((country) => country.id),
  };
}
