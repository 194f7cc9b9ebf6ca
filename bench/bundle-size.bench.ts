/**
 * Bundle budget (DESIGN.md): ≤ 150 kB of gzipped JavaScript before any model is chosen, i.e. the entry script plus
 * everything it imports statically (what <script type="module"> and <link rel="modulepreload"> make the browser
 * fetch). Also prints the dataset's size, all JavaScript with and without worker chunks, and the worker chunks.
 * Reads dist/ (builds it first when missing). Sizes are in kB = 1,000 bytes, as Vite prints them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const datasetFile = join(dist, 'data', 'wvs7-dataset.json');

if (!existsSync(join(dist, 'index.html'))) {
  console.log('dist/ is missing: running npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed; fix the build, then rerun npm run bench.');
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const rawBytes = (file: string) => readFileSync(file).length;

/** dist-relative paths of the entry scripts and modulepreloads in index.html. */
function htmlScripts(html: string): string[] {
  const tags = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*\shref="([^"]+)"/g),
  ];
  return tags.map((match) => posix.normalize(match[1] ?? '')).filter((path) => path.endsWith('.js'));
}

/** Chunks a chunk names by relative path: `import … from "./x.js"` / `import "./x.js"` (static), `import("./x.js")` (lazy). */
function chunkImports(code: string): { staticImports: string[]; lazyImports: string[]; workers: string[] } {
  const quoted = String.raw`["'\x60](\.\.?\/[^"'\x60]+\.js)["'\x60]`;
  const pick = (pattern: RegExp) => [...code.matchAll(pattern)].map((match) => match[1] ?? '');
  return {
    staticImports: pick(new RegExp(String.raw`(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?${quoted}`, 'g')),
    lazyImports: pick(new RegExp(String.raw`\bimport\(\s*${quoted}`, 'g')),
    workers: pick(/new Worker\(\s*new URL\(\s*(?:new URL\(\s*)?["'`]([^"'`]+\.js)["'`]/g),
  };
}

/** All chunks reachable from `starts`, following static imports only or also lazy imports. */
function reachable(starts: readonly string[], followLazy: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const imports = chunkImports(readFileSync(file, 'utf8'));
    const next = followLazy ? [...imports.staticImports, ...imports.lazyImports] : imports.staticImports;
    queue.push(...next.map((path) => join(dirname(file), path)));
  }
  return seen;
}

const sum = (files: Iterable<string>, size: (file: string) => number) =>
  [...files].reduce((total, file) => total + size(file), 0);

const entries = htmlScripts(readFileSync(join(dist, 'index.html'), 'utf8')).map((path) => join(dist, path));
if (entries.length === 0) throw new Error('dist/index.html has no <script type="module" src>; is dist/ a Vite build?');
const initial = reachable(entries, false);
const initialGzip = sum(initial, gzipBytes);

console.log(
  `Initial JavaScript (entry + static imports, before any model is chosen): ${kB(initialGzip)} gzip, budget ${BUDGET_KB} kB: ${initialGzip <= BUDGET_KB * 1000 ? 'within budget' : 'OVER BUDGET'}`,
);
for (const file of initial) console.log(`  ${basename(file)}: ${kB(gzipBytes(file))} gzip (${kB(rawBytes(file))} raw)`);

if (existsSync(datasetFile)) {
  console.log(
    `Dataset ${basename(datasetFile)} (fetched after start-up): ${kB(rawBytes(datasetFile))} raw, ${kB(gzipBytes(datasetFile))} gzip`,
  );
} else {
  console.log(`Dataset: ${datasetFile} not found (build the data with npm run build:data, then npm run build)`);
}

const assets = join(dist, 'assets');
for (const name of readdirSync(assets).filter((file) => /^countries-.*\.json$/.test(file))) {
  console.log(
    `World map ${name} (fetched when Explore shows the map): ${kB(rawBytes(join(assets, name)))} raw, ${kB(gzipBytes(join(assets, name)))} gzip`,
  );
}
const allJs = readdirSync(assets)
  .filter((name) => name.endsWith('.js'))
  .map((name) => join(assets, name));
const workerEntries = new Set(
  allJs.flatMap((file) => chunkImports(readFileSync(file, 'utf8')).workers.map((name) => join(assets, basename(name)))),
);
const mainChunks = reachable(entries, true);
const workerChunks = [...reachable([...workerEntries], true)].filter((file) => !mainChunks.has(file));

console.log(`All JavaScript: ${kB(sum(allJs, gzipBytes))} gzip (${kB(sum(allJs, rawBytes))} raw)`);
console.log(
  `Main bundle without worker chunks (entry + static and lazy imports): ${kB(sum(mainChunks, gzipBytes))} gzip (${kB(sum(mainChunks, rawBytes))} raw)`,
);
if (workerChunks.length === 0) {
  console.log('Worker chunks: no worker chunk yet');
} else {
  console.log(`Worker chunks (started by new Worker, loaded only when used): ${kB(sum(workerChunks, gzipBytes))} gzip`);
  for (const file of workerChunks)
    console.log(`  ${basename(file)}: ${kB(gzipBytes(file))} gzip (${kB(rawBytes(file))} raw)`);
}
