import { expect, test } from './helpers/test.ts';

// From ../shared/data/published (counted by hand in scripts/dataset/publishedRuns.test.ts): 18 personas × 259
// questions; 37 culture-aware replies name no answer code.
const CULTURE_AWARE_TOTAL = 18 * 259;
const CULTURE_AWARE_ANSWERS = CULTURE_AWARE_TOTAL - 37;

test.describe.configure({ timeout: 240_000 });

test('a fresh browser opens the culture-aware example in Results, fetching nothing beyond the site', async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto('./#/results');
  await expect(page).toHaveURL(/#\/results\?run=example-culturespa-culture-aware/);
  const panel = page.locator('[data-example-run]');
  await expect(panel).toContainText('Meta-Llama-3-8B-Instruct');
  await expect(panel).toContainText('one sampled answer per persona, temperature 0.6, top-p 0.9');
  await expect(panel).toContainText('arXiv:2410.12971');
  await expect(panel).toContainText(`${CULTURE_AWARE_ANSWERS} of ${CULTURE_AWARE_TOTAL}`);
  await panel.getByText('Prompt text').click();
  await expect(panel).toContainText('You are a real person with {a/an} {culture} cultural background.');
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached({ timeout: 180_000 });
  expect(foreign).toEqual([]);

  // Back on the list the Examples group stays, and the visitor is not sent to the example again.
  await page.goto('./#/explore');
  await page.goto('./#/results');
  await expect(page.locator('[data-examples]')).toBeVisible();
  await expect(page).toHaveURL(/#\/results$/);
});

test('Compare shows the culture-aware example beside the culture-unaware one', async ({ page }) => {
  await page.goto('./#/compare');
  await page.getByRole('link', { name: /Culture-aware beside culture-unaware/ }).click();
  await expect(page.locator('[data-compare-ready="precise"]')).toBeAttached({ timeout: 180_000 });
  await expect(page.locator('tr[data-run="example-culturespa-culture-aware"]')).toBeVisible();
  await expect(page.locator('tr[data-run="example-culturespa-culture-unaware"]')).toBeVisible();
  // The baselines over the first example's items, beside the examples.
  await expect(page.locator('tr[data-baseline] th')).toHaveText([
    /^Baseline: Uniform answers \(over the items of /,
    /^Baseline: World average for everyone \(over the items of /,
    /^Baseline: Everyone like USA \(over the items of /,
  ]);
  await expect(page.locator('[data-not-comparable]')).toBeVisible();
});

test('copying an example makes a run of one’s own, listed and deletable under Manage', async ({ page }) => {
  await page.goto('./#/results?run=example-culturespa-cross-culture-thinking');
  await page.getByRole('button', { name: 'Copy to my runs' }).click();
  await expect(page).toHaveURL(/#\/results\?run=[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(copy)');
  await expect(page.locator('[data-example-run]')).toHaveCount(0);
  await page.goto('./#/manage');
  const row = page.locator('[data-runs-table] tbody tr');
  await expect(row).toHaveCount(1);
  // 2 personas × 259 questions, 2 unparseable replies (hand count in scripts/dataset/publishedRuns.test.ts)
  await expect(row).toContainText(`${2 * 259 - 2} / ${2 * 259}`);
  await expect(row.getByRole('button', { name: 'Delete' })).toBeEnabled();
});

test('a long answer CSV imports as a new run; a malformed one names its line and stores nothing', async ({ page }) => {
  await page.goto('./#/manage');
  const form = page.locator('[data-answers-import]');
  const choose = (name: string, text: string) =>
    form.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await form.getByLabel('Model name').fill('my-model');
  await form.getByLabel('Prompt used').fill('You are a person from {country}.');
  await form.getByLabel('How the answers were obtained').selectOption('single-sample');

  await choose('bad.csv', 'question_id,country,answer\nQ1,USA,1\nQ1,Atlantis,2\n');
  await form.getByRole('button', { name: 'Import answers' }).click();
  await expect(page.getByRole('alert')).toContainText('bad.csv line 3: unknown country "Atlantis"');
  await expect(page.locator('[data-runs-table]')).toHaveCount(0);

  // Q1 "family important": USA answers code 1, Germany (by name) code 2; 2 questions × 2 countries planned.
  await choose('answers.csv', 'question_id,country,answer\nQ1,USA,1\nQ1,Germany,2\nQ2,USA,1\n');
  await form.getByRole('button', { name: 'Import answers' }).click();
  await expect(page).toHaveURL(/#\/results\?run=[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('my-model (imported)');
  await expect(page.locator('header.run-header')).toContainText('3 / 4 items');
});
