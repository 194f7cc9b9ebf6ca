import { downloadBlob } from '../../charts/export/downloadBlob';
import { exportFileName } from '../../charts/export/exportFileName';
import type { RunSummary } from '../../metrics';
import {
  buildRunExport,
  encodeRunLink,
  exportRunCsv,
  exportRunJson,
  importRun,
  resultRecordOf,
  type ImportedRun,
  type ParsedRunExport,
  type ResultRecord,
  type RunRecord,
  type ValueProbeDb,
} from '../../store';
import type { Dataset } from '../../survey/types';
import type { AllowedMassCoverage } from './allowedMassCoverage';
import type { RunAnalysis } from './analyseRun';
import { promptTemplateInfo } from './promptTemplateInfo';

/**
 * Downloads a run as JSON: the run record, the prompt wording, every item's probabilities (enough
 * to recompute everything) and the summary the view shows, for readers of the file, with the allowed-mass
 * threshold it used and the answers it left out.
 */
export function downloadRunJson(run: RunRecord, results: readonly ResultRecord[], analysis: RunAnalysis): void {
  const summary: RunSummary & { allowedMass: AllowedMassCoverage } = {
    ...analysis.summary,
    allowedMass: analysis.allowedMass,
  };
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

/** Keeps a run that arrived in a link: the same import (validation and all) as a file. */
export async function keepLinkedRun(db: ValueProbeDb, linked: ParsedRunExport, dataset: Dataset): Promise<ImportedRun> {
  const results = linked.items.map((item) => resultRecordOf(item, linked.run.id));
  const file = buildRunExport(linked.run, results, linked.promptTemplate, {});
  return importRun(db, JSON.stringify(file), dataset);
}

/**
 * A link to `route` carrying the runs themselves (see store/exchange/runLink), or null when they are too large for
 * a link that chat apps and browsers keep whole.
 */
export async function runsLink(
  route: 'results' | 'compare',
  runs: readonly { run: RunRecord; results: readonly ResultRecord[] }[],
  params: Record<string, string | undefined> = {},
): Promise<string | null> {
  const payload = await encodeRunLink(
    runs.map(({ run, results }) => buildRunExport(run, results, promptTemplateInfo(run), {})),
  );
  if (payload === null) return null;
  const extra = Object.entries(params).flatMap(([key, value]) =>
    value === undefined ? [] : [`&${encodeURIComponent(key)}=${encodeURIComponent(value)}`],
  );
  return `${window.location.origin}${window.location.pathname}#/${route}?shared=${payload}${extra.join('')}`;
}
