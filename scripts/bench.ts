/**
 * `npm run bench`: runs every benchmark in bench/ (one file per figure group) and prints its figures.
 * Benchmarks print numbers and their budgets; they are not pass/fail tests.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const benchDir = join(import.meta.dirname, '..', 'bench');
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

let failures = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(benchDir, file)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failures += 1;
}
if (failures > 0) {
  console.error(`\n${failures} benchmark(s) could not run`);
  process.exit(1);
}
