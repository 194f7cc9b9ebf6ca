import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { importRun } from './helpers/importRun.ts';
import { buildRunFile, dataset, oracleAnswer, usaAnswer } from './helpers/runFiles.ts';
import { smallRunAnswer } from './helpers/smallRun.ts';
import { expect, test } from './helpers/test.ts';

const oracle = buildRunFile({
  id: 'slide-oracle',
  name: 'Oracle slide',
  modelId: 'oracle',
  answer: smallRunAnswer(oracleAnswer),
});
const usa = buildRunFile({ id: 'slide-usa', name: 'USA slide', modelId: 'usa', answer: smallRunAnswer(usaAnswer) });

const citation = 'doi:10.14281/18241.24';

interface ExportedFigure {
  parses: boolean;
  title: string;
  labelledByExists: boolean;
  text: string;
  legendLabels: string[];
  legendColours: string[];
  barColours: string[];
}

/** Clicks the figure's SVG export and reads the downloaded file with the browser's own XML parser. */
async function exportSvg(page: Page, figure: Locator): Promise<ExportedFigure> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'SVG' }).click(),
  ]);
  const source = readFileSync((await download.path()) ?? '', 'utf8');
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const root = doc.documentElement;
    const labelledBy = root.getAttribute('aria-labelledby') ?? '';
    const entries = Array.from(doc.querySelectorAll('[data-legend-entry]'));
    return {
      parses: doc.querySelector('parsererror') === null && root.localName === 'svg',
      title: doc.getElementById(labelledBy)?.textContent ?? '',
      labelledByExists: labelledBy !== '' && doc.getElementById(labelledBy) !== null,
      text: root.textContent ?? '',
      legendLabels: entries.map((entry) => entry.getAttribute('data-legend-entry') ?? ''),
      legendColours: entries.map((entry) => entry.querySelector('rect')?.getAttribute('fill') ?? ''),
      barColours: [
        ...new Set(
          Array.from(doc.querySelectorAll('[data-series] rect[fill]'), (rect) => rect.getAttribute('fill') ?? ''),
        ),
      ],
    };
  }, source);
}

function expectSlideReady(figure: ExportedFigure, title: string): void {
  expect(figure.parses).toBe(true);
  expect(figure.labelledByExists).toBe(true);
  expect(figure.title).toBe(title);
  expect(figure.text).toContain(citation);
  expect(figure.text).toContain('Haerpfer');
}

async function expectEscapeCloses(page: Page, mark: Locator, tooltip: Locator): Promise<void> {
  // The pointer rests on the page's corner so no hover (after focus scrolled the page) shows a tooltip again.
  await page.mouse.move(0, 0);
  await mark.focus();
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
}

test.describe.configure({ timeout: 300_000 });

test('Results exports carry title, legend and citation; Escape closes every chart’s tooltip', async ({ page }) => {
  await importRun(page, oracle, 'oracle');
  await page.goto(`./#/results?run=${oracle.run.id}`);
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 180_000 });

  const map = page.locator('[data-figure="country-map"]');
  await expect(map.locator('.country').first()).toBeAttached({ timeout: 60_000 });
  const mapSvg = await exportSvg(page, map);
  expectSlideReady(mapSvg, 'Alignment by country: Oracle slide');
  expect(mapSvg.legendLabels).toEqual(expect.arrayContaining(['Per-country r', 'Undefined r', 'Not compared']));
  expect(mapSvg.text).toContain('Oracle slide');

  // One run: bars are coloured by category group, and the legend names each group with its colour.
  const bars = page.locator('[data-figure="category-bars"]');
  const barsSvg = await exportSvg(page, bars);
  expectSlideReady(barsSvg, await bars.locator('h3').innerText());
  const groups = [...new Set(dataset.categories.map((category) => category.group))];
  expect(barsSvg.legendLabels.length).toBeGreaterThanOrEqual(1);
  expect(barsSvg.legendLabels.length).toBeLessThanOrEqual(groups.length);
  for (const colour of barsSvg.barColours) expect(barsSvg.legendColours).toContain(colour);

  await expectEscapeCloses(page, bars.locator('.mark').first(), bars.locator('.chart-tooltip'));
  const heatmap = page.locator('[data-figure="category-country-heatmap"]');
  await expectEscapeCloses(page, heatmap.locator('.mark').first(), heatmap.locator('.chart-tooltip'));
  const scatter = page.locator('[data-figure="question-scatter"]');
  await expectEscapeCloses(page, scatter.locator('.mark[tabindex="0"]').first(), scatter.locator('.chart-tooltip'));
  await expectEscapeCloses(page, map.locator('.country').first(), map.locator('.chart-tooltip'));
});

test('the Compare chart’s export says which colour is which run', async ({ page }) => {
  await importRun(page, oracle, 'oracle');
  await importRun(page, usa, 'usa');
  await page.goto(`./#/compare?runs=${oracle.run.id},${usa.run.id}`);
  await expect(page.locator('[data-compare-ready="precise"]')).toBeAttached({ timeout: 180_000 });
  const bars = page.locator('[data-figure="compare-category-bars"]');
  const svg = await exportSvg(page, bars);
  expectSlideReady(svg, 'Alignment by category, per run');
  expect(svg.legendLabels).toEqual(expect.arrayContaining(['Oracle slide', 'USA slide']));
  // The USA run answers alike for every country, so its r is undefined and it draws no bar: one colour in use.
  expect(svg.barColours.length).toBeGreaterThanOrEqual(1);
  for (const colour of svg.barColours) expect(svg.legendColours).toContain(colour);
});

test('Explore’s stacked bars close their tooltip on Escape', async ({ page }) => {
  await page.goto('./#/explore');
  const bars = page.locator('[data-figure="explore-bars"]');
  const mark = bars.locator('[tabindex="0"]').first();
  await expect(mark).toBeAttached({ timeout: 60_000 });
  await expectEscapeCloses(page, mark, bars.locator('.chart-tooltip'));
});
