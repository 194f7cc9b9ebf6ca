import type { PromptSettings } from '../../prompt/types';
import type { ResultItem, RunRecord } from '../types';

export const RUN_EXPORT_FORMAT = 'valueprobe-run';
export const RUN_EXPORT_SCHEMA_VERSION = 1;

/** The prompt a run used, so a reader can see exactly what the model was asked. */
export interface PromptTemplateInfo {
  settings: PromptSettings;
  hash: string;
  /** A sample prompt (or the template) as plain text. */
  text: string;
}

/**
 * A run as a JSON file. `summary` is the caller's (the metrics' RunSummary in the app); it is for
 * readers of the file and is not imported: the app recomputes it from `items`.
 */
export interface RunExportFile<TSummary> {
  format: typeof RUN_EXPORT_FORMAT;
  schemaVersion: typeof RUN_EXPORT_SCHEMA_VERSION;
  exportedAt: string;
  datasetVersion: string;
  run: RunRecord;
  promptTemplate: PromptTemplateInfo;
  /** Every stored answer, sorted by question, country and order; probs in question option order. */
  items: ResultItem[];
  summary: TSummary;
}
