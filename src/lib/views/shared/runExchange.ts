import { downloadBlob } from '../../charts/export/downloadBlob';
import { exportFileName } from '../../charts/export/exportFileName';
import type { RunSummary } from '../../metrics';
import {
  buildRunExport,
  encodeRunLink,
  exportRunCsv,
  exportRunJson,
  findSameRun,
  importParsedRun,
  MAX_RUN_LINK_CHARS,
  type ParsedRunExport,
  type ResultRecord,
  type RunRecord,
  type ValueProbeDb,
} from '../../store';
import type { Navigation, ViewParams } from '../navigation';
import type { AllowedMassCoverage } from '../analysis/allowedMassCoverage';
import type { RunAnalysis } from '../analysis/analyseRun';
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

/**
 * Keeps a run that came with a link (validated like a file when the link was read) and gives its id in this
 * browser: a stored run with the same answers is used instead of a second copy.
 */
export async function keepLinkedRun(db: ValueProbeDb, linked: ParsedRunExport): Promise<string> {
  return (await findSameRun(db, linked.items))?.id ?? (await importParsedRun(db, linked)).runId;
}

/**
 * A link to `route` carrying the runs themselves (see store/exchange/runLink), or null when they are too large for
 * a link that chat apps and browsers keep whole. `byId` are runs every copy of the site has (the published
 * examples): the link names them instead of carrying them.
 */
export async function runsLink(
  route: 'results' | 'compare',
  runs: readonly { run: RunRecord; results: readonly ResultRecord[] }[],
  byId: readonly string[],
  href: Navigation['href'],
  params: ViewParams = {},
): Promise<string | null> {
  const payload =
    runs.length === 0
      ? undefined
      : await encodeRunLink(runs.map(({ run, results }) => buildRunExport(run, results, promptTemplateInfo(run), {})));
  if (payload === null) return null;
  return href(route, { shared: payload, runs: byId.join(','), ...params });
}

/**
 * Copies a link carrying the runs (see runsLink) and says what was done: copied, shown to copy by hand, or — for
 * runs too large for a link — that `files` are to be shared instead.
 */
export async function copyRunsLink(
  route: 'results' | 'compare',
  runs: readonly { run: RunRecord; results: readonly ResultRecord[] }[],
  {
    byId = [],
    files,
    href,
    params,
  }: { byId?: readonly string[]; files: string; href: Navigation['href']; params?: ViewParams },
): Promise<string> {
  const link = await runsLink(route, runs, byId, href, params);
  const what = runs.length === 1 ? 'the run' : `the ${runs.length} runs`;
  if (link === null) {
    return `Not copied: ${what} would make a link of over ${MAX_RUN_LINK_CHARS} characters, longer than e-mail and chat apps keep whole. Share ${files}.`;
  }
  try {
    await navigator.clipboard.writeText(link);
    return `Link copied (${link.length} characters): it carries ${what}, so it opens in any browser without a file.`;
  } catch {
    return `Copy this link (it carries ${what}): ${link}`;
  }
}
