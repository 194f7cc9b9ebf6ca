import type { Page } from '@playwright/test';
import { questionsForPreset } from '../../src/lib/views/run/scopePresets.ts';
import { builtInReference } from '../../src/lib/survey/builtInReference.ts';
import type { Distribution } from '../../src/lib/survey/types.ts';
import { importRun } from './helpers/importRun.ts';
import { buildRunFile, dataset, oracleAnswer, type Answer } from './helpers/runFiles.ts';
import { expect, test } from './helpers/test.ts';

/**
 * "Copy link with these runs" from Compare: two runs of Quick look size (full-precision probabilities) travel in
 * the link, and a fresh browser with empty storage shows the same figures, then keeps the runs on request.
 */
test.describe.configure({ timeout: 300_000 });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const quickLook = questionsForPreset({ kind: 'quick-look' }, dataset, builtInReference(dataset));

/** The people's answers blended with seeded noise: probabilities with all their digits, as a model gives. */
function noisyAnswer(seed: number): Answer {
  let state = seed;
  const next = () => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;
  return (questionId, countryId) => {
    const people = oracleAnswer(questionId, countryId);
    if (!people) return null;
    const mixed = people.map((share) => 0.6 * share + 0.4 * next());
    const total = mixed.reduce((sum, share) => sum + share, 0);
    return mixed.map((share) => share / total) as readonly number[] as Distribution;
  };
}

const runs = [
  buildRunFile({ id: 'link-a', name: 'Noisy A', modelId: 'noisy-a', answer: noisyAnswer(7), questionIds: quickLook }),
  buildRunFile({ id: 'link-b', name: 'Noisy B', modelId: 'noisy-b', answer: noisyAnswer(11), questionIds: quickLook }),
];
const METRICS = ['pooledPearson', 'meanQuestionPearson', 'meanJsdSimilarity', 'meanWassersteinSimilarity'];

/** The headline figures printed for each run, once the 95 % intervals are final. */
async function comparedFigures(page: Page): Promise<string[]> {
  await expect(page.locator('[data-compare-ready="precise"]')).toBeAttached({ timeout: 180_000 });
  const texts: string[] = [];
  for (const run of runs) {
    for (const metric of METRICS) {
      texts.push(
        `${run.run.id} ${metric} ${(await page.locator(`tr[data-run="${run.run.id}"] [data-metric="${metric}"]`).textContent())?.trim()}`,
      );
    }
  }
  return texts;
}

test('a link copied from Compare opens the same figures of both runs in a browser that has none', async ({
  page,
  browser,
}) => {
  expect(runs[0]!.items.length).toBeGreaterThan(400);
  for (const run of runs) await importRun(page, run, run.run.id);
  await page.goto('./#/compare?runs=link-a,link-b');
  const shown = await comparedFigures(page);
  expect(shown.filter((text) => / −?\d\.\d\d$/.test(text))).toHaveLength(2 * METRICS.length);

  await page.getByRole('button', { name: 'Copy link with these runs' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toContainText('the 2 runs');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/compare\?shared=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(65_000);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  expect(await comparedFigures(other)).toEqual(shown);
  await expect(other.locator('[data-linked-runs]')).toContainText('2 runs came with this link');
  await other.getByRole('button', { name: 'Keep these runs' }).click();
  await expect(other).toHaveURL(/#\/compare\?runs=link-a%2Clink-b$|#\/compare\?runs=link-a,link-b$/);
  expect(await comparedFigures(other)).toEqual(shown);
  await expect(other.getByRole('checkbox', { name: /Noisy A/ })).toBeChecked();
  await fresh.close();
});
