/**
 * Interval budget (issue 10): a full run over the built-in data (every scored question with people's answers ×
 * its countries, one answer each: 4,861 items) with 1,000 two-way (question × country) resamples per interval. The
 * timed call is analyseRun, the function the metrics worker calls for Results (answerMetricsRequest), baselines
 * included: the precise pass ≤ 2 s. Also printed: the fast pass (no resamples) the view shows first.
 * The model answers are people's distributions blended with a seeded random one, so every figure is defined and
 * no interval is trivially degenerate.
 */
import { randomLcg } from 'd3';
import { availableParallelism, loadavg } from 'node:os';
import { toDistribution } from '../src/lib/metrics/toDistribution.ts';
import type { ResultItem } from '../src/lib/store/types.ts';
import { builtInReference } from '../src/lib/survey/builtInReference.ts';
import { analyseRun } from '../src/lib/views/analysis/analyseRun.ts';
import { bundledDataset as dataset } from './bundledDataset.ts';

const BUDGET_MS = 2000;
const PASSES = 5;
/** RunAnalysisState's FULL_RESAMPLES (a runes module node cannot import). */
const FULL_RESAMPLES = 1000;

const reference = builtInReference(dataset);
const random = randomLcg(20261207);
const items: Pick<ResultItem, 'questionId' | 'countryId' | 'order' | 'probs' | 'allowedMass'>[] = [];
for (const question of dataset.questions) {
  for (const [countryId, response] of Object.entries(reference.responses[question.id] ?? {})) {
    const noise = response.distribution.map(() => random());
    const total = noise.reduce((a, b) => a + b, 0);
    const probs = toDistribution(response.distribution.map((p, k) => 0.6 * p + (0.4 * (noise[k] as number)) / total));
    items.push({ questionId: question.id, countryId, order: 'original', probs, allowedMass: 1 });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
/** Wall and CPU milliseconds per pass: on a shared, loaded machine the CPU time is what the pass itself costs. */
function time(resamples: number): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    analyseRun({ dataset, reference, items, resamples, withBaselines: true });
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
    wall.push(performance.now() - started);
  }
  return { wall, cpu };
}
const figures = ({ wall, cpu }: { wall: number[]; cpu: number[] }) =>
  `${median(wall).toFixed(0)} ms wall (best ${Math.min(...wall).toFixed(0)}), ${median(cpu).toFixed(0)} ms CPU ` +
  `(best ${Math.min(...cpu).toFixed(0)}), median of ${PASSES}`;

// Warm up the JIT and the human side's per-reference cache, as a worker's first request would.
analyseRun({ dataset, reference, items, resamples: 0, withBaselines: true });
const fast = time(0);
const precise = time(FULL_RESAMPLES);
const summary = analyseRun({ dataset, reference, items, resamples: FULL_RESAMPLES, withBaselines: true }).summary;
console.log(
  `full run, ${items.length} items (${summary.coverage.questions} questions × up to ${summary.coverage.countries} ` +
    `countries), run + 3 baselines as the metrics worker computes them for Results:`,
);
console.log(
  `  precise pass, ${FULL_RESAMPLES} two-way resamples per interval: ${figures(precise)}; budget ≤ ${BUDGET_MS} ms ` +
    `${median(precise.wall) <= BUDGET_MS ? 'OK' : 'OVER BUDGET'}`,
);
console.log(`  fast pass, no resamples: ${figures(fast)}`);
console.log(
  `  load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores`,
);
