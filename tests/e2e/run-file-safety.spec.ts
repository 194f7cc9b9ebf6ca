import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { buildRunFile, usaAnswer } from './helpers/runFiles.ts';
import { expect, test } from './helpers/test.ts';

test.describe.configure({ timeout: 240_000 });

async function chooseRunFile(page: Page, file: object): Promise<void> {
  await page
    .locator('[data-run-import]')
    .setInputFiles({ name: 'run.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
}

async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await download.path(), 'utf8');
}

test('an imported run whose scope names an unknown question is rejected and nothing is stored', async ({ page }) => {
  const file = buildRunFile({ id: 'bad-scope', name: 'Bad scope', modelId: 'usa', answer: usaAnswer });
  file.run.scope = { ...file.run.scope, questionIds: [...file.run.scope.questionIds, 'Q9999'] };
  await page.goto('./#/manage');
  await chooseRunFile(page, file);
  await expect(page.getByRole('alert')).toContainText(
    'run "bad-scope" scope: unknown question id "Q9999"; the file may come from another dataset version',
  );
  await expect(page.getByText('No runs stored in this browser yet.')).toBeVisible();
});

test('CSV exports write names and ids that start like a formula as text, numbers as numbers', async ({ page }) => {
  const file = buildRunFile({ id: '=run', name: '=HYPERLINK("http://x")', modelId: '@model', answer: usaAnswer });
  await page.goto('./#/manage');
  await chooseRunFile(page, file);
  await expect(page).toHaveURL(/#\/results\?run=/, { timeout: 60_000 });

  await page.goto('./#/manage');
  const answers = await downloadedText(page, () =>
    page.locator('tr[data-run="=run"]').getByRole('button', { name: 'CSV' }).click(),
  );
  const firstRow = answers.split('\n')[1] ?? '';
  expect(firstRow.startsWith("'=run,")).toBe(true);

  await page.goto(`./#/compare?runs=${encodeURIComponent('=run')}`);
  await expect(page.locator('[data-compare-ready]')).toBeAttached({ timeout: 180_000 });
  const compared = await downloadedText(page, () =>
    page.locator('.compare-table').getByRole('button', { name: 'CSV' }).click(),
  );
  const row = compared.split('\n')[1] ?? '';
  expect(row.startsWith(`"'=HYPERLINK(""http://x"")",'@model,`)).toBe(true);
  // Every other cell is a plain number (or empty): a negative figure keeps its minus sign and no apostrophe.
  const figures = row.slice(`"'=HYPERLINK(""http://x"")",'@model,`.length).split(',');
  expect(figures.every((cell) => cell === '' || Number.isFinite(Number(cell)))).toBe(true);
});
