import type { RunRecord } from '../../store';

type NamedRun = Pick<RunRecord, 'id' | 'name' | 'engine' | 'scope' | 'createdAt' | 'importedAt'>;

/** What can set two runs apart, from the most to the least telling; each is shown only where it differs. */
const DETAILS: ((run: NamedRun) => string)[] = [
  (run) => `${run.engine.kind} ${run.engine.modelId}`,
  (run) => `${run.scope.questionIds.length} questions × ${run.scope.countryIds.length} countries`,
  (run) => `started ${run.createdAt.slice(0, 16).replace('T', ' ')} UTC`,
  (run) => (run.importedAt === undefined ? 'made here' : 'imported'),
];

/**
 * A name per run id that tells runs apart: the run's own name (or its model), and for runs that share it, the
 * details in which they differ (engine, scope, start date, imported or made here). Runs alike in all of these get
 * a number.
 */
export function runDisplayNames(runs: readonly NamedRun[]): Map<string, string> {
  const byBase = new Map<string, NamedRun[]>();
  for (const run of runs) {
    const base = run.name.trim() || run.engine.modelId;
    byBase.set(base, [...(byBase.get(base) ?? []), run]);
  }
  const names = new Map<string, string>();
  for (const [base, group] of byBase) {
    if (group.length === 1) {
      names.set(group[0]!.id, base);
      continue;
    }
    const differing = DETAILS.filter((detail) => new Set(group.map(detail)).size > 1);
    const labels = group.map((run) => [base, ...differing.map((detail) => detail(run))].join(' · '));
    group.forEach((run, index) => {
      const label = labels[index]!;
      const twins = labels.filter((other) => other === label).length;
      const rank = labels.slice(0, index).filter((other) => other === label).length + 1;
      names.set(run.id, twins > 1 ? `${label} (${rank})` : label);
    });
  }
  return names;
}
