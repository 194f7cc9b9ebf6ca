import { itemKey } from '../itemKey';
import { listResults } from '../results';
import { listRuns } from '../runs';
import type { ValueProbeDb } from '../schema';
import type { ResultItem, RunRecord } from '../types';

/** An answer's item and scores; two runs whose sorted fingerprints are equal hold the same answers. */
function fingerprints(items: readonly ResultItem[]): string[] {
  return items
    .map(
      (item) => `${itemKey(item.questionId, item.countryId, item.order)}=${item.probs.join(',')}|${item.allowedMass}`,
    )
    .sort();
}

/** True when both lists hold the same items with the same probabilities, in any order. */
export function sameAnswers(a: readonly ResultItem[], b: readonly ResultItem[]): boolean {
  if (a.length !== b.length) return false;
  const left = fingerprints(a);
  const right = fingerprints(b);
  return left.every((value, index) => value === right[index]);
}

/**
 * A stored run holding exactly these answers (a file imported before, or the run it was exported from), or
 * undefined. Only runs with as many answers are read.
 */
export async function findSameRun(db: ValueProbeDb, items: readonly ResultItem[]): Promise<RunRecord | undefined> {
  for (const run of await listRuns(db)) {
    if (run.doneItems !== items.length) continue;
    if (sameAnswers(await listResults(db, run.id), items)) return run;
  }
  return undefined;
}
