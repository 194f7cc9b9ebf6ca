/**
 * Takes docs/screenshot-explore.png (the README picture) from the production build: Explore with Q164 selected.
 * Run after `npm run build`: `npx tsx scripts/screenshot-explore.ts`.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const port = 4179;
const output = join(root, 'docs', 'screenshot-explore.png');

if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('No dist/index.html: run `npm run build` first.');

// Vite's own entry rather than `npx`, so that killing `server` stops the preview server itself.
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const server = spawn(
  process.execPath,
  [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: 'ignore' },
);
try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 });
  for (let attempt = 0; ; attempt += 1) {
    try {
      await page.goto(`http://127.0.0.1:${port}/#/explore?q=Q164`);
      break;
    } catch (error) {
      if (attempt > 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await page.locator('[data-figure="explore-map"] [data-country="ETH"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-figure="explore-map"] [data-country="ETH"]').focus();
  await page.screenshot({ path: output, fullPage: false });
  await browser.close();
  console.log(`wrote ${output}`);
} finally {
  server.kill();
}
