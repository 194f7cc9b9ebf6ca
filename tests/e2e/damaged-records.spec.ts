import type { Page } from '@playwright/test';
import { startFakeOpenAI, type FakeOpenAI } from '../fake-openai/server';
import { downloadedText, editStoredRecord } from './helpers/editStore';
import { importRun } from './helpers/importRun';
import { openImportedRun } from './helpers/openImportedRun';
import { buildRunFile, dataset, oracleAnswer } from './helpers/runFiles';
import { startQuickLook } from './helpers/runView';
import { smallRunAnswer } from './helpers/smallRun';
import { readStore } from './helpers/storedRuns';
import { expect, test } from './helpers/test';

test.describe.configure({ timeout: 240_000 });

let server: FakeOpenAI | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

interface ExportedRun {
  run: { doneItems: number };
  items: { questionId: string; countryId: string; allowedMass: number }[];
}

/** Both exports of the run open in Results, parsed: the JSON file and the CSV's data rows. */
async function exportBoth(page: Page): Promise<{ json: ExportedRun; csvRows: string[] }> {
  const exportJson = page.getByRole('button', { name: 'Export run (JSON)' });
  await expect(exportJson).toBeEnabled({ timeout: 120_000 });
  const json = JSON.parse(await downloadedText(page, () => exportJson.click())) as ExportedRun;
  const csv = await downloadedText(page, () => page.getByRole('button', { name: 'Export answers (CSV)' }).click());
  return {
    json,
    csvRows: csv
      .split(/\r?\n/)
      .filter((line) => line !== '')
      .slice(1),
  };
}

test('label masses a hair above 1 (1.0000000064) leave a run that opens in Results and exports', async ({ page }) => {
  server = await startFakeOpenAI({ mode: 'oracle', labelMass: 1.0000000064 });
  await startQuickLook(page, server.url);
  await expect(page.getByTestId('run-status')).toHaveText('Finished.', { timeout: 180_000 });
  const { results } = await readStore(page);
  expect(results).toHaveLength(40 * 19);
  // The server's mass is above 1 for every item; what is stored is a probability.
  expect(results.every((result) => result.allowedMass <= 1)).toBe(true);

  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 120_000 });
  await expect(page.locator('[data-damaged-answers]')).toHaveCount(0);
  const { json, csvRows } = await exportBoth(page);
  expect(json.items).toHaveLength(results.length);
  expect(csvRows).toHaveLength(results.length);
});

test('a run with one corrupted stored answer opens, names the answer, and exports all the others', async ({ page }) => {
  const file = buildRunFile({
    id: 'one-bad',
    name: 'One bad answer',
    modelId: 'oracle',
    answer: smallRunAnswer(oracleAnswer),
  });
  const bad = file.items[7]!;
  const country = dataset.countries.find((candidate) => candidate.id === bad.countryId)!;
  const question = dataset.questions.find((candidate) => candidate.id === bad.questionId)!;
  await openImportedRun(page, file, 'one-bad');

  await editStoredRecord(page, 'results', ['one-bad', `${bad.questionId}|${bad.countryId}|original`], {
    allowedMass: 1.5,
  });
  await page.reload();
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 120_000 });
  const notice = page.locator('[data-damaged-answers]');
  await expect(notice).toContainText('One stored answer of this run cannot be read');
  await expect(notice).toContainText(
    `${bad.questionId} (${question.label}), ${country.name} (${bad.countryId}), original order`,
  );
  await expect(notice).toContainText('"allowedMass"');

  const { json, csvRows } = await exportBoth(page);
  const isBad = (item: { questionId: string; countryId: string }) =>
    item.questionId === bad.questionId && item.countryId === bad.countryId;
  expect(json.items).toHaveLength(file.items.length - 1);
  expect(json.items.filter(isBad)).toEqual([]);
  expect(json.run.doneItems).toBe(file.items.length - 1);
  expect(csvRows).toHaveLength(file.items.length - 1);
  expect(csvRows.filter((row) => row.includes(`,${bad.questionId},${bad.countryId},`))).toEqual([]);

  // Deleting it leaves a readable run that a resume can complete.
  await notice.getByRole('button', { name: 'Delete this answer' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 120_000 });
  const { runs, results } = await readStore(page);
  expect(results).toHaveLength(file.items.length - 1);
  expect(runs[0]).toMatchObject({ status: 'paused', doneItems: file.items.length - 1 });
});

test('Manage lists a damaged run with what is wrong, downloads it as stored, and deletes it', async ({ page }) => {
  const file = buildRunFile({
    id: 'broken-run',
    name: 'Broken run',
    modelId: 'oracle',
    answer: smallRunAnswer(oracleAnswer),
  });
  await importRun(page, file, 'broken-run');
  await editStoredRecord(page, 'runs', 'broken-run', { status: 'exploded' });

  await page.goto('./#/manage');
  const row = page.locator('[data-damaged-records] tr[data-damaged-kind="run"][data-damaged-key="broken-run"]');
  await expect(row).toContainText(
    'stored run "broken-run": "status" must be one of running, paused, completed, cancelled, got "exploded"',
  );
  await expect(page.getByText('No runs stored in this browser yet.')).toBeVisible();

  const raw = JSON.parse(
    await downloadedText(page, () => row.getByRole('button', { name: 'Download (JSON)' }).click()),
  );
  expect(raw).toMatchObject({ id: 'broken-run', name: 'Broken run', status: 'exploded' });

  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('[data-damaged-records]')).toContainText('Deleted the damaged run broken-run.');
  await expect(row).toHaveCount(0);
  const { runs, results } = await readStore(page);
  expect(runs).toEqual([]);
  expect(results).toEqual([]);
});
