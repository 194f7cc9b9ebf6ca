import type { RunRecord } from '../../store/types';

/**
 * Why runs are not directly comparable: figures from different prompts, option orders, question
 * sets, datasets or human references differ for reasons other than the model. One message per
 * differing aspect, naming the runs on each side; empty when all runs agree.
 */
export function comparabilityWarnings(runs: readonly RunRecord[]): string[] {
  const aspects: { label: string; key: (run: RunRecord) => string }[] = [
    { label: 'prompt template (hash)', key: (run) => run.templateHash },
    { label: 'option order', key: (run) => run.promptSettings.order },
    { label: 'question set', key: (run) => [...run.scope.questionIds].sort().join(',') },
    { label: 'country set', key: (run) => [...run.scope.countryIds].sort().join(',') },
    { label: 'dataset version', key: (run) => run.datasetVersion },
    { label: 'human reference', key: (run) => run.referenceId },
  ];
  const warnings: string[] = [];
  for (const aspect of aspects) {
    const groups = new Map<string, string[]>();
    for (const run of runs) groups.set(aspect.key(run), [...(groups.get(aspect.key(run)) ?? []), run.name || run.id]);
    if (groups.size < 2) continue;
    const sides = [...groups.values()].map((names) => names.join(', ')).join(' vs ');
    warnings.push(`Different ${aspect.label}: ${sides}. Differences between these runs are not only the model's.`);
  }
  return warnings;
}
