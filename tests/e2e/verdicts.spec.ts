import { openImportedRun } from './helpers/openImportedRun.ts';
import { buildRunFile, dataset, oracleAnswer } from './helpers/runFiles.ts';
import { expect, test } from './helpers/test.ts';
import type { Distribution } from '../../src/lib/survey/types.ts';

const oracle = buildRunFile({ id: 'e2e-verdict-oracle', name: 'Oracle', modelId: 'oracle', answer: oracleAnswer });
/** Every option equally likely, as the uniform baseline answers. */
const uniform = buildRunFile({
  id: 'e2e-verdict-uniform',
  name: 'Uniform',
  modelId: 'uniform',
  answer: (questionId) => {
    const options = dataset.questions.find((question) => question.id === questionId)?.options.length ?? 1;
    return Array.from({ length: options }, () => 1 / options) as readonly number[] as Distribution;
  },
});

test.describe.configure({ timeout: 300_000 });

test('the plain-words verdicts of an oracle run and of uniform answers say opposite things', async ({ page }) => {
  const overlap = page.locator('[data-verdict="meanJsdSimilarity"]');
  await openImportedRun(page, oracle, 'oracle');
  await expect(overlap).toContainText('clearly better than every baseline');
  await expect(overlap).toContainText('Distribution overlap (1 − JSD): from 0 to 1');
  await openImportedRun(page, uniform, 'uniform');
  await expect(overlap).toContainText('worse than “World average for everyone”');
  await expect(page.locator('[data-verdict="pooledPearson"]')).not.toContainText('clearly better');
});
