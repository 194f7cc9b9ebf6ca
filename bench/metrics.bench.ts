/**
 * Metrics budget (DESIGN.md): summariseRun for 20 runs × 5,000 items (250 questions × 20 countries) ≤ 50 ms
 * without the bootstrap. All runs are compared with ONE reference object, as in the Compare view, so the cached
 * human side is paid once. The budget figure is the one without item rows: the Compare view asks for none
 * (the Results view, one run at a time, does). Also times the same runs with 1000 bootstrap resamples (no budget:
 * the UI shows a fast pass first). Synthetic, seeded data, so the figure does not depend on the dataset file.
 */
import { loadavg } from 'node:os';
import { randomLcg } from 'd3';
import { summariseRun } from '../src/lib/metrics/summariseRun.ts';
import { toDistribution } from '../src/lib/metrics/toDistribution.ts';
import type { ModelAnswers } from '../src/lib/metrics/types.ts';
import type { Category, Country, Dataset, HumanReference, Question, Zone } from '../src/lib/survey/types.ts';

const QUESTIONS = 250;
const COUNTRIES = 20;
const RUNS = 20;
const BUDGET_MS = 50;

const random = randomLcg(20261128);
const categories: Category[] = [
  { id: 'social-values', name: 'Social Values', group: 'socio-cultural-norms' },
  { id: 'economic-values', name: 'Economic Values', group: 'social-systems-progress' },
];
const zones: Zone[] = ['African-Islamic', 'Catholic Europe', 'Confucian', 'English-Speaking', 'Latin America'];

function randomDistribution(size: number) {
  const weights = Array.from({ length: size }, () => -Math.log(1 - random()));
  const total = weights.reduce((a, b) => a + b, 0);
  return toDistribution(weights.map((w) => w / total));
}

function syntheticQuestion(index: number): Question {
  const kind = index % 20;
  const size = kind === 0 ? 3 : kind < 4 ? 2 : 4 + (index % 7);
  const scaleType = kind === 0 ? 'nominal' : size === 2 ? 'binary' : 'ordinal';
  return {
    id: `Q${index + 1}`,
    text: '',
    label: '',
    category: categories[index % 2]?.id ?? 'social-values',
    scaleType,
    options: Array.from({ length: size }, (_, k) => ({ code: k + 1, text: '', value: scaleType === 'nominal' ? null : k + 1 })),
    flags: [],
  };
}

function syntheticCountry(index: number): Country {
  return {
    id: `C${index}`,
    name: `Country ${index}`,
    isoNumeric: null,
    atlasId: '000',
    wvsCode: index,
    wvsAlpha: `C${index}`,
    zone: zones[index % zones.length] ?? 'Confucian',
    zoneSource: 'tao2024',
    zoneNote: null,
    western: index % 3 === 0,
    hasDistributions: true,
    iwCoords: null,
    ownPolygon: true,
    mapNote: null,
  };
}

const questions = Array.from({ length: QUESTIONS }, (_, i) => syntheticQuestion(i));
const countries = Array.from({ length: COUNTRIES }, (_, i) => syntheticCountry(i));
const dataset: Dataset = {
  schemaVersion: 1,
  datasetVersion: 'bench',
  categories,
  questions,
  countries,
  responses: {},
  supplementary: [],
  inglehartWelzel: { items: [], center: [], scale: [], weights: [], rc1: [1, 0], rc2: [1, 0], groundtruth: [] },
  citations: [],
};
const reference: HumanReference = {
  id: 'bench',
  label: 'Synthetic',
  weighting: 'unweighted',
  responses: Object.fromEntries(
    questions.map((q) => [
      q.id,
      Object.fromEntries(
        countries.map((c) => {
          const distribution = randomDistribution(q.options.length);
          return [c.id, { counts: [], n: 1000, distribution, mean: null }];
        }),
      ),
    ]),
  ),
};
const runs: ModelAnswers[] = Array.from({ length: RUNS }, () =>
  Object.fromEntries(
    questions.map((q) => [q.id, Object.fromEntries(countries.map((c) => [c.id, randomDistribution(q.options.length)]))]),
  ),
);

/** Wall time and this process's CPU time: on a shared machine the CPU time is the steadier figure. */
function timeAllRuns(resamples: number, includeItems = true): { wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const answers of runs) summariseRun(dataset, reference, answers, { resamples, includeItems });
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const fixed = (value: number) => value.toFixed(1);

const items = QUESTIONS * COUNTRIES;
timeAllRuns(0); // warm-up: JIT and caches
for (const includeItems of [true, false]) {
  const passes = Array.from({ length: 9 }, () => timeAllRuns(0, includeItems));
  const cpus = passes.map((pass) => pass.cpu);
  const walls = passes.map((pass) => pass.wall);
  const budget = includeItems ? 'Results view, no budget' : `Compare view, budget ≤ ${BUDGET_MS} ms`;
  const verdict = includeItems ? '' : median(cpus) <= BUDGET_MS ? ' OK' : ' OVER BUDGET';
  console.log(
    `summariseRun, ${RUNS} runs × ${items} items, no bootstrap, ${includeItems ? 'with' : 'without'} item rows: ` +
      `${fixed(median(cpus))} ms CPU (best ${fixed(Math.min(...cpus))}), ${fixed(median(walls))} ms wall ` +
      `(best ${fixed(Math.min(...walls))}) (median of 9; ${budget})${verdict}`,
  );
}
const withBootstrap = timeAllRuns(1000);
console.log(
  `summariseRun, ${RUNS} runs × ${items} items, 1000 resamples: ${withBootstrap.cpu.toFixed(0)} ms CPU, ` +
    `${withBootstrap.wall.toFixed(0)} ms wall (${(withBootstrap.cpu / RUNS).toFixed(0)} ms CPU per run; no budget)`,
);
console.log(`load average while measuring: ${loadavg().map((load) => load.toFixed(1)).join(', ')} (figures inflate on a busy machine)`);
