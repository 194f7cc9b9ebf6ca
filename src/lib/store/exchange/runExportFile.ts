import type { PromptTemplateInfo, ResultItem, RunRecord } from '../types';

export type { PromptTemplateInfo } from '../types';

export const RUN_EXPORT_FORMAT = 'valueprobe-run';
export const RUN_EXPORT_SCHEMA_VERSION = 1;

/**
 * A run as a JSON file. `summary` is the caller's (the metrics' RunSummary in the app); it is for
 * readers of the file and is not imported: the app recomputes it from `items`.
 */
export interface RunExportFile<TSummary> {
  format: typeof RUN_EXPORT_FORMAT;
  schemaVersion: typeof RUN_EXPORT_SCHEMA_VERSION;
  exportedAt: string;
  datasetVersion: string;
  /** The run without its kept promptTemplate: the file's own promptTemplate field carries it. */
  run: Omit<RunRecord, 'promptTemplate'>;
  promptTemplate: PromptTemplateInfo;
  /** Every stored answer, sorted by question, country and order; probs in question option order. */
  items: ResultItem[];
  summary: TSummary;
}
