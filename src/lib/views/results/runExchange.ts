import { downloadBlob } from '../../charts/export/downloadBlob';
import { exportFileName } from '../../charts/export/exportFileName';
import type { RunSummary } from '../../metrics';
import {
  buildRunExport,
  encodeRunLink,
  exportRunCsv,
  exportRunJson,
  type ResultRecord,
  type RunRecord,
} from '../../store';
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

/**
 * A link to `route` carrying the runs themselves (see store/exchange/runLink), or null when they are too large for
 * a link that chat apps and browsers keep whole.
 */
export async function runsLink(
  route: 'results' | 'compare',
  runs: readonly { run: RunRecord; results: readonly ResultRecord[] }[],
): Promise<string | null> {
  const payload = await encodeRunLink(
    runs.map(({ run, results }) => buildRunExport(run, results, promptTemplateInfo(run), {})),
  );
  if (payload === null) return null;
  return `${window.location.origin}${window.location.pathname}#/${route}?shared=${payload}`;
}
