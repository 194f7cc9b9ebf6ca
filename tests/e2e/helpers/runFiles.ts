import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRunExport, type ResultItem, type RunExportFile, type RunRecord } from '../../../src/lib/store/index.ts';
import { toDistribution } from '../../../src/lib/metrics/toDistribution.ts';
import { builtInReference } from '../../../src/lib/survey/builtInReference.ts';
import { parseDataset } from '../../../src/lib/survey/parseDataset.ts';
import type { Dataset, Distribution } from '../../../src/lib/survey/types.ts';

/**
 * Run files for the Results/Compare e2e tests, built in Node from the dataset file in the store's
 * export format (so the tests do not depend on the Run view or a model): the page imports them.
 */
export const dataset: Dataset = parseDataset(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', 'data', 'wvs7-dataset.json'), 'utf8')),
);
const reference = builtInReference(dataset);

export type Answer = (questionId: string, countryId: string) => Distribution | null;

/** Each persona answers exactly like the country's people. */
export const oracleAnswer: Answer = (questionId, countryId) =>
  reference.responses[questionId]?.[countryId]?.distribution ?? null;

/** Every persona answers like the people of the USA. */
export const usaAnswer: Answer = (questionId) => reference.responses[questionId]?.USA?.distribution ?? null;

/** Every persona gives the mean of the countries' distributions: the same answer everywhere (persona-blind). */
export const worldAverageAnswer: Answer = (questionId) => {
  const distributions = Object.values(reference.responses[questionId] ?? {}).map((response) => response.distribution);
  const first = distributions[0];
  if (!first) return null;
  return toDistribution(
    first.map(
      (_, k) =>
        distributions.reduce((total, distribution) => total + (distribution[k] as number), 0) / distributions.length,
    ),
  );
};

export interface RunFileOptions {
  id: string;
  name: string;
  modelId: string;
  answer: Answer;
  templateHash?: string;
  /** The questions the run asks (default: every question). */
  questionIds?: readonly string[];
}

/** The file's summary is for readers and never imported; the tests compute their expectations themselves. */
type NoSummary = Record<string, never>;

/**
 * A completed run over every question × every country with data (flagged questions too: the
 * Inglehart–Welzel map needs Q154/Q155), in the app's export format (with an empty summary).
 */
export function buildRunFile({
  id,
  name,
  modelId,
  answer,
  templateHash = 'e2e-template',
  questionIds = dataset.questions.map((question) => question.id),
}: RunFileOptions): RunExportFile<NoSummary> {
  const countries = dataset.countries.filter((country) => country.hasDistributions).map((country) => country.id);
  const asked = dataset.questions.filter((question) => questionIds.includes(question.id));
  const at = '2026-11-28T00:00:00.000Z';
  const items: ResultItem[] = asked.flatMap((question) =>
    countries.flatMap((countryId) => {
      const probs = reference.responses[question.id]?.[countryId] ? answer(question.id, countryId) : null;
      return probs
        ? [
            {
              questionId: question.id,
              countryId,
              order: 'original' as const,
              probs,
              allowedMass: 1,
              method: 'baseline' as const,
              missingLabels: [],
              tokensIn: 0,
              ms: 0,
              at,
            },
          ]
        : [];
    }),
  );
  const run: RunRecord = {
    id,
    name,
    createdAt: at,
    updatedAt: at,
    status: 'completed',
    engine: { kind: 'baseline', modelId, version: 'e2e', settings: {} },
    promptSettings: { persona: 'person-from', language: 'en', order: 'original' },
    templateHash,
    datasetVersion: dataset.datasetVersion,
    referenceId: reference.id,
    scope: { questionIds: asked.map((question) => question.id), countryIds: countries },
    totalItems: items.length,
    doneItems: items.length,
  };
  const records = items.map((item) => ({
    ...item,
    runId: id,
    itemKey: `${item.questionId}|${item.countryId}|${item.order}`,
  }));
  return buildRunExport(
    run,
    records,
    { settings: run.promptSettings, hash: templateHash, text: 'e2e' },
    {},
    new Date(at),
  );
}

/** Two decimals with a true minus sign, written independently of the app's formatter. */
export function twoDecimals(value: number | null): string {
  return value === null ? 'undefined' : value.toFixed(2).replace('-', '−');
}
