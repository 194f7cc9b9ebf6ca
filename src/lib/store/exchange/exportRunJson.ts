import { itemKey } from '../itemKey';
import type { ResultItem, ResultRecord, RunRecord } from '../types';
import {
  RUN_EXPORT_FORMAT,
  RUN_EXPORT_SCHEMA_VERSION,
  type PromptTemplateInfo,
  type RunExportFile,
} from './runExportFile';

function toItem({ runId: _runId, itemKey: _itemKey, ...item }: ResultRecord): ResultItem {
  return item;
}

/** The run record as a file carries it: its kept template goes into the file's promptTemplate field instead. */
function withoutTemplate({ promptTemplate: _template, ...run }: RunRecord): Omit<RunRecord, 'promptTemplate'> {
  return run;
}

function byItemKey(a: ResultItem, b: ResultItem): number {
  const keyA = itemKey(a.questionId, a.countryId, a.order);
  const keyB = itemKey(b.questionId, b.countryId, b.order);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/**
 * Builds the export object for a run; the run's own id and item keys are implied, so items drop them. The run's
 * doneItems counts the answers written, so a run exported without its damaged (unreadable) answers still imports.
 * `summary` is the caller's (the metrics' RunSummary in the app): the store sits below metrics and does not know it.
 */
export function buildRunExport<TSummary>(
  run: RunRecord,
  results: readonly ResultRecord[],
  promptTemplate: PromptTemplateInfo,
  summary: TSummary,
  exportedAt: Date = new Date(),
): RunExportFile<TSummary> {
  return {
    format: RUN_EXPORT_FORMAT,
    schemaVersion: RUN_EXPORT_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    datasetVersion: run.datasetVersion,
    run: { ...withoutTemplate(run), doneItems: results.length },
    promptTemplate,
    items: results.map(toItem).sort(byItemKey),
    summary,
  };
}

/** The export as pretty-printed JSON text. */
export function exportRunJson<TSummary>(
  run: RunRecord,
  results: readonly ResultRecord[],
  promptTemplate: PromptTemplateInfo,
  summary: TSummary,
  exportedAt: Date = new Date(),
): string {
  return JSON.stringify(buildRunExport(run, results, promptTemplate, summary, exportedAt), null, 2);
}
