import { importRun } from './helpers/importRun.ts';
import { buildRunFile, oracleAnswer, usaAnswer } from './helpers/runFiles.ts';
import { expect, test } from './helpers/test.ts';

/** Compare what you choose: checkboxes remembered across reloads, names that tell runs apart, no silent duplicate. */
test.describe.configure({ timeout: 240_000 });

const oracle = buildRunFile({ id: 'pick-oracle', name: 'Same name', modelId: 'oracle', answer: oracleAnswer });
const usa = buildRunFile({ id: 'pick-usa', name: 'Same name', modelId: 'usa', answer: usaAnswer });

test('runs ticked in Compare are the runs compared, and stay ticked after a reload and a later visit', async ({
  page,
}) => {
  await importRun(page, oracle, 'oracle');
  await importRun(page, usa, 'usa');
  await page.goto('./#/compare');
  // Two runs called "Same name" are told apart by their engine.
  const oracleBox = page.getByRole('checkbox', { name: 'Same name · baseline oracle' });
  const usaBox = page.getByRole('checkbox', { name: 'Same name · baseline usa' });
  await expect(oracleBox).not.toBeChecked();
  await oracleBox.check();
  await usaBox.check();
  await expect(page).toHaveURL(/runs=pick-oracle%2Cpick-usa/);
  await expect(page.locator('[data-compare-ready="precise"]')).toBeAttached({ timeout: 180_000 });
  await expect(page.locator('tr[data-run]')).toHaveCount(2);

  await usaBox.uncheck();
  await expect(page.locator('tr[data-run]')).toHaveCount(1);
  await expect(page.locator('tr[data-run="pick-oracle"]')).toBeVisible();

  await page.reload();
  await expect(oracleBox).toBeChecked();
  await expect(usaBox).not.toBeChecked();
  await page.goto('./#/explore');
  await page.goto('./#/compare');
  await expect(page).toHaveURL(/#\/compare\?runs=pick-oracle$/);
  await expect(oracleBox).toBeChecked();

  const example = page.getByRole('checkbox', { name: /culture-unaware/ });
  await example.check();
  await expect(page).toHaveURL(/runs=pick-oracle%2Cexample-culturespa-culture-unaware/);
});

test('importing a file whose answers are already stored asks first: skip keeps one run, keep both makes two', async ({
  page,
}) => {
  await importRun(page, oracle, 'oracle');
  await expect(page.locator('[data-import-notice]')).toContainText(
    `Imported “Same name”: ${oracle.items.length} answers`,
  );

  const file = { name: 'oracle.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(oracle)) };
  await page.goto('./#/manage');
  await page.locator('[data-run-import]').setInputFiles(file);
  const question = page.locator('[data-duplicate-import]');
  await expect(question).toContainText(`the same ${oracle.items.length} answers as “Same name”`);
  await question.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Skipped the file' })).toBeVisible();
  await expect(page.locator('[data-runs-table] tbody tr')).toHaveCount(1);

  await page.locator('[data-run-import]').setInputFiles(file);
  await page.locator('[data-duplicate-import]').getByRole('button', { name: 'Keep both' }).click();
  await expect(page).toHaveURL(/#\/results\?run=/);
  await expect(page.locator('[data-import-notice]')).toContainText('as a new copy');
  await page.goto('./#/manage');
  await expect(page.locator('[data-runs-table] tbody tr')).toHaveCount(2);
  await expect(page.locator('[data-runs-table] tbody tr a').first()).toHaveText('Same name (1)');
});
