import type { Page } from '@playwright/test';
import { importRun } from './helpers/importRun.ts';
import { buildRunFile, oracleAnswer } from './helpers/runFiles.ts';
import { smallRunAnswer } from './helpers/smallRun.ts';
import { expect, test } from './helpers/test.ts';

const run = buildRunFile({
  id: 'phone-run',
  name: 'Phone run',
  modelId: 'oracle',
  answer: smallRunAnswer(oracleAnswer),
});

const phone = { width: 390, height: 844 };

/** Opens a view and checks the page is no wider than the phone; the message names the elements that stick out. */
async function expectNoSidewaysScroll(page: Page, hash: string, ready: string): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.locator(ready).first()).toBeVisible({ timeout: 120_000 });
  const { scrollWidth, wide } = await page.evaluate((limit) => {
    const sticksOut = (element: Element | null) => !!element && element.getBoundingClientRect().right > limit + 0.5;
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((element) => sticksOut(element) && !sticksOut(element.parentElement))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} in ${element.parentElement?.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  }, phone.width);
  expect.soft(scrollWidth, `${hash}: ${wide.join(', ')}`).toBeLessThanOrEqual(phone.width);
  for (const box of await page
    .locator('main select')
    .evaluateAll((selects) => selects.map((select) => select.getBoundingClientRect())))
    expect.soft(box.left, `${hash}: a <select> starts past the left edge`).toBeGreaterThanOrEqual(0);
}

test.use({ viewport: phone });
test.describe.configure({ timeout: 300_000 });

test('no view scrolls sideways at 390 px without a run', async ({ page }) => {
  const views: [string, string][] = [
    ['#/explore', '[data-figure="explore-map"]'],
    ['#/run', 'main h1'],
    ['#/results', 'main h1'],
    ['#/compare', 'main h1'],
    ['#/manage', 'main h1'],
    ['#/about', 'main h1'],
  ];
  for (const [hash, ready] of views) await expectNoSidewaysScroll(page, hash, ready);
});

test('no view scrolls sideways at 390 px with a run', async ({ page }) => {
  await importRun(page, run, 'phone-run');
  const views: [string, string][] = [
    ['#/explore', '[data-figure="explore-map"]'],
    ['#/run', 'main h1'],
    [`#/results?run=${run.run.id}`, '[data-results-ready="precise"]'],
    [`#/compare?runs=${run.run.id}`, '[data-compare-ready="precise"]'],
    ['#/manage', 'main h1'],
    ['#/about', 'main h1'],
  ];
  for (const [hash, ready] of views) await expectNoSidewaysScroll(page, hash, ready);
});
