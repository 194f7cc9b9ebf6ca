/**
 * The Results view's drill-down, end to end in Chromium: a run over every question × country of the bundled dataset
 * is imported, then questions and countries are picked one after another; prints the time from the pick to the
 * distribution comparison showing it (budget 100 ms) and whether any pick started a new worker.
 */
import { availableParallelism } from 'node:os';
import { buildRunFile, dataset, usaAnswer } from '../tests/e2e/helpers/runFiles.ts';
import { countStartedWorkers, measureDrilldown, type DrilldownPick } from '../tests/e2e/helpers/measureDrilldown.ts';
import { withChromiumPreview } from './chromiumPreview.ts';

const BUDGET_MS = 100;
const run = buildRunFile({ id: 'bench-drill', name: 'USA for everyone', modelId: 'usa', answer: usaAnswer });
const countries = dataset.countries.filter((country) => country.hasDistributions).slice(0, 6);
const questions = ['Q164', 'Q57', 'Q1', 'Q46', 'Q209'];
/** Each question, then each country in turn; a pick always changes the view (the first country is shown first). */
function drilldownPicks(): DrilldownPick[] {
  const picks: DrilldownPick[] = [];
  let shownCountry = countries[0]?.id;
  for (const questionId of questions) {
    picks.push({ picker: 'Question', value: questionId, caption: `${questionId} in` });
    for (const country of countries.filter((candidate) => candidate.id !== shownCountry)) {
      picks.push({ picker: 'Country', value: country.id, caption: `${questionId} in ${country.name}` });
      shownCountry = country.id;
    }
  }
  return picks;
}
const picks = drilldownPicks();

await withChromiumPreview('results drill-down', async (browser, origin) => {
  const page = await browser.newPage();
  // tsx compiles with esbuild's keepNames, which wraps the evaluated function's inner functions in __name().
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  const startedWorkers = await countStartedWorkers(page);
  await page.goto(`${origin}#/results`);
  await page.locator('[data-run-import]').setInputFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(run)),
  });
  await page.locator('[data-results-ready="precise"]').waitFor({ state: 'attached', timeout: 300_000 });
  const workersBefore = await startedWorkers();
  const times: number[] = [];
  for (const pick of picks) times.push(await measureDrilldown(page, pick));
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const worst = sorted.at(-1) ?? NaN;
  console.log(
    `results drill-down, ${run.items.length} items, Chromium, ${availableParallelism()} cores: ${picks.length} picks, ` +
      `median ${median.toFixed(1)} ms, slowest ${worst.toFixed(1)} ms (budget ${BUDGET_MS} ms), ` +
      `new workers started: ${(await startedWorkers()) - workersBefore}`,
  );
});
