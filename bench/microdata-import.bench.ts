/**
 * Microdata import budget (DESIGN.md): a ~190 MB WVS-7 CSV streamed at ≥ 40 MB/s with flat memory.
 * Generates synthetic files of ~50 MB and ~200 MB (official layout, the bundled dataset's questions and
 * countries, ~97,000 rows for the large one) in a temp dir, imports each with the code the browser worker
 * runs (importMicrodataStream over Blob.stream()), prints throughput and peak memory, and deletes the files.
 * A small file is imported first, unreported, so the JIT has warmed up for both measurements.
 */
import { mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importMicrodataStream } from '../src/lib/survey/importers/microdata/importMicrodataStream.ts';
import { generateMicrodataFile } from '../tests/generate-microdata.ts';
import { datasetBank } from '../tests/microdata/writeMicrodataFile.ts';

const BUDGET_MB_PER_S = 40;
const SAMPLE_INTERVAL_MS = 10;
const sizes = [
  { megabytes: 5, rows: 2_500, warmUp: true },
  { megabytes: 50, rows: 24_000 },
  { megabytes: 200, rows: 97_000 },
];

interface Measurement {
  megabytes: number;
  rows: number;
  seconds: number;
  /** CPU time of this process: on a busy shared machine wall time also counts other processes' turns. */
  cpuSeconds: number;
  baselineRss: number;
  peakRss: number;
  peakHeap: number;
}

const mb = (bytes: number) => bytes / 1e6;

async function measure(path: string, bank: ReturnType<typeof datasetBank>): Promise<Measurement> {
  (globalThis as { gc?: () => void }).gc?.();
  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, SAMPLE_INTERVAL_MS);
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const blob = await openAsBlob(path);
  const { summary } = await importMicrodataStream(blob.stream(), { ...bank, totalBytes: blob.size });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(sampler);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    megabytes: mb(statSync(path).size),
    rows: summary.rows,
    seconds,
    cpuSeconds,
    baselineRss,
    peakRss,
    peakHeap,
  };
}

async function main(): Promise<void> {
  const bank = datasetBank();
  const directory = mkdtempSync(join(tmpdir(), 'valueprobe-microdata-bench-'));
  const results: Measurement[] = [];
  try {
    for (const size of sizes) {
      const path = join(directory, `WVS_synthetic_${size.megabytes}MB.csv`);
      const generationStart = performance.now();
      generateMicrodataFile({ out: path, rows: size.rows, sizeMb: size.megabytes });
      console.log(
        `generated ${mb(statSync(path).size).toFixed(1)} MB (${size.rows} rows) in ${((performance.now() - generationStart) / 1000).toFixed(1)} s`,
      );
      const result = await measure(path, bank);
      rmSync(path);
      if ('warmUp' in size) continue;
      results.push(result);
      console.log(
        `import ${result.megabytes.toFixed(1)} MB, ${result.rows} rows: ${result.seconds.toFixed(2)} s = ` +
          `${(result.megabytes / result.seconds).toFixed(1)} MB/s wall, ${(result.megabytes / result.cpuSeconds).toFixed(1)} MB/s per CPU second ` +
          `(budget ≥ ${BUDGET_MB_PER_S} MB/s); ` +
          `peak RSS ${mb(result.peakRss).toFixed(0)} MB (+${mb(result.peakRss - result.baselineRss).toFixed(0)} MB over start), ` +
          `peak heap ${mb(result.peakHeap).toFixed(0)} MB`,
      );
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const [small, large] = results;
  if (small && large) {
    console.log(
      `memory vs file size: ${small.megabytes.toFixed(0)} MB → +${mb(small.peakRss - small.baselineRss).toFixed(0)} MB RSS, ` +
        `${large.megabytes.toFixed(0)} MB → +${mb(large.peakRss - large.baselineRss).toFixed(0)} MB RSS ` +
        `(peak heap ${mb(small.peakHeap).toFixed(0)} vs ${mb(large.peakHeap).toFixed(0)} MB)`,
    );
    const slowest = Math.min(...results.map((result) => result.megabytes / result.seconds));
    console.log(
      slowest >= BUDGET_MB_PER_S
        ? 'within budget (wall time)'
        : `OVER BUDGET in wall time: ${slowest.toFixed(1)} MB/s < ${BUDGET_MB_PER_S} MB/s (compare the per-CPU-second figure when the machine is busy; load average ${os.loadavg()[0]?.toFixed(1)})`,
    );
  }
}

await main();
