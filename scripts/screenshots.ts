/**
 * `npm run screenshots`: regenerates docs/screenshots/<view>-<size>.png, every view at a laptop (1280×800) and a
 * phone (390×844) size, from the production build served by Vite's preview on a free port, in /usr/bin/chromium
 * (or CHROMIUM_PATH). Results and Compare show the published examples (real Llama-3-8B answers, see README);
 * a generated run is imported first so that the run lists are not empty: it is named for what it is, people's
 * own answers, and is never shown as a model.
 */
import type { Browser, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, withChromiumPreview } from '../bench/chromiumPreview.ts';
import { CULTURE_AWARE_EXAMPLE_ID, CULTURE_UNAWARE_EXAMPLE_ID } from '../src/lib/store/published/publishedRuns.ts';
import { GUIDE_DISMISSED_KEY } from '../src/lib/views/shared/guideMemory.ts';
import { buildRunFile, oracleAnswer } from '../tests/e2e/helpers/runFiles.ts';

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const PEOPLE_RUN = buildRunFile({
  id: 'screenshot-people',
  name: 'Reference check: people’s own answers (not a model)',
  modelId: 'people',
  answer: oracleAnswer,
});

/** Each view, the address that shows it with content, and what to wait for before the picture. */
const VIEWS: { id: string; hash: string; ready: string }[] = [
  { id: 'explore', hash: '#/explore?q=Q164', ready: '[data-figure="explore-map"] [data-country="ETH"]' },
  { id: 'run', hash: '#/run', ready: 'h1' },
  { id: 'results', hash: `#/results?run=${CULTURE_AWARE_EXAMPLE_ID}`, ready: '[data-results-ready="precise"]' },
  {
    id: 'compare',
    hash: `#/compare?runs=${CULTURE_AWARE_EXAMPLE_ID},${CULTURE_UNAWARE_EXAMPLE_ID},${PEOPLE_RUN.run.id}`,
    ready: '[data-compare-ready="precise"]',
  },
  { id: 'manage', hash: '#/manage', ready: '[data-runs-table]' },
  { id: 'about', hash: '#/about', ready: 'h1' },
];

const output = join(projectRoot, 'docs', 'screenshots');

async function importPeopleRun(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}#/manage`);
  await page.locator('[data-run-import]').setInputFiles({
    name: 'people.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(PEOPLE_RUN)),
  });
  await page.waitForURL(/#\/results\?run=/, { timeout: 60_000 });
}

async function shoot(browser: Browser, origin: string, size: (typeof SIZES)[number]): Promise<void> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  // The views as a returning visitor sees them: the first-visit guide has its own test and would cover them here.
  await context.addInitScript((key) => localStorage.setItem(key, '1'), GUIDE_DISMISSED_KEY);
  const page = await context.newPage();
  await importPeopleRun(page, origin);
  for (const view of VIEWS) {
    await page.goto(`${origin}${view.hash}`);
    await page.locator(view.ready).first().waitFor({ state: 'attached', timeout: 180_000 });
    // Focus and hover leave marks that differ between runs of the script.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const file = join(output, `${view.id}-${size.name}.png`);
    await page.screenshot({ path: file, animations: 'disabled' });
    console.log(`wrote ${file}`);
  }
  await context.close();
}

mkdirSync(output, { recursive: true });
await withChromiumPreview('screenshots', async (browser, origin) => {
  for (const size of SIZES) await shoot(browser, origin, size);
});
