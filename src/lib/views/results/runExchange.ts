import { downloadBlob } from '../../charts/export/downloadBlob';
import { exportFileName } from '../../charts/export/exportFileName';
import type { RunSummary } from '../../metrics';
import {
  exportRunCsv,
  exportRunJson,
  importRun,
  type ImportedRun,
  type ResultRecord,
  type RunRecord,
  type ValueProbeDb,
} from '../../store';
import type { Dataset } from '../../survey/types';
import { promptTemplateInfo } from './promptTemplateInfo';

/**
 * Downloads a run as JSON: the run record, the prompt wording, every item's probabilities (enough
 * to recompute everything) and the summary the view shows, for readers of the file.
 */
export function downloadRunJson(run: RunRecord, results: readonly ResultRecord[], summary: RunSummary): void {
  const text = exportRunJson(run, results, promptTemplateInfo(run), summary);
  downloadBlob(new Blob([text], { type: 'application/json' }), exportFileName(`valueprobe-run-${run.name}`, 'json'));
}

/** Downloads a run's items as CSV (one row per question, country and order). */
export function downloadRunCsv(run: RunRecord, results: readonly ResultRecord[]): void {
  downloadBlob(
    new Blob([exportRunCsv(results)], { type: 'text/csv' }),
    exportFileName(`valueprobe-run-${run.name}`, 'csv'),
  );
}

/** Imports a run file the user picked; the store validates everything and writes nothing on error. */
export async function importRunFile(db: ValueProbeDb, file: File, dataset: Dataset): Promise<ImportedRun> {
  return importRun(db, await file.text(), dataset);
}
