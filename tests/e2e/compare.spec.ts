import { expect, test } from './helpers/test.ts';
import { importRun } from './helpers/importRun.ts';
import { meanPairs, pooledR } from './helpers/independentStats.ts';
import { buildRunFile, dataset, oracleAnswer, twoDecimals, usaAnswer } from './helpers/runFiles.ts';

const oracle = buildRunFile({
  id: 'cmp-oracle',
  name: 'Oracle',
  modelId: 'oracle',
  answer: oracleAnswer,
  templateHash: 'template-a',
});
const usa = buildRunFile({
  id: 'cmp-usa',
  name: 'USA for everyone',
  modelId: 'usa',
  answer: usaAnswer,
  templateHash: 'template-b',
});

test.describe.configure({ timeout: 240_000 });

test('Compare shows both runs’ figures and flags runs with different prompts as not directly comparable', async ({
  page,
}) => {
  await importRun(page, oracle, 'oracle');
  await importRun(page, usa, 'usa');
  await page.goto('./#/compare?runs=cmp-oracle,cmp-usa');
  await expect(page.locator('[data-compare-ready="precise"]')).toBeAttached({ timeout: 180_000 });

  const pooled = (runId: string) => page.locator(`tr[data-run="${runId}"] [data-metric="pooledPearson"]`);
  await expect(pooled('cmp-oracle')).toHaveText('1.00');
  await expect(pooled('cmp-usa')).toHaveText(twoDecimals(pooledR(meanPairs(dataset, usa.items))));
  await expect(page.locator('[data-not-comparable]')).toContainText(
    'Different prompt template (hash): Oracle vs USA for everyone',
  );

  // USA for everyone minus the oracle: every per-question r 0 − 1 on any cross, so the paired interval is a point.
  await expect(page.locator('tr[data-difference-run="cmp-usa"] [data-difference="meanQuestionPearson"]')).toHaveText(
    '−1.00 (95 % CI −1.00 to −1.00)',
    { timeout: 180_000 },
  );

  const bars = page.locator('[data-figure="compare-category-bars"]');
  // Every category with a scored (unflagged) question the run answered.
  const categoryOf = new Map(dataset.questions.map((question) => [question.id, question]));
  const categories = new Set(
    oracle.items.flatMap((item) => {
      const question = categoryOf.get(item.questionId);
      return question && question.flags.length === 0 ? [question.category] : [];
    }),
  ).size;
  await expect(bars.locator('[data-series="cmp-oracle"]')).toHaveCount(categories);
  await expect(bars.locator('[data-series="cmp-usa"]')).toHaveCount(categories);
});
