import type { Page } from '@playwright/test';
import { startFakeOpenAI, type FakeOpenAI } from '../fake-openai/server';
import { editStoredRecord } from './helpers/editStore';
import { startQuickLook } from './helpers/runView';
import { readStore } from './helpers/storedRuns';
import { expect, test } from './helpers/test';

test.describe.configure({ timeout: 240_000 });

let server: FakeOpenAI | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

/** No stored run may say "completed" while a planned answer is missing (checked in IndexedDB, not on screen). */
async function expectNoFalseCompletion(page: Page): Promise<void> {
  const { runs, results } = await readStore(page);
  for (const run of runs.filter((candidate) => candidate.status === 'completed')) {
    const stored = results.filter((result) => result.runId === run.id).length;
    expect(stored, `answers stored for completed run ${run.id}`).toBe(run.totalItems);
  }
}

test('a run running in one tab cannot be deleted in another, and one deleted behind its back never comes back', async ({
  page,
  context,
}) => {
  // Slow answers keep the run going while the second tab acts.
  server = await startFakeOpenAI({ mode: 'oracle', delayMs: 250 });
  await startQuickLook(page, server.url);
  await expect.poll(async () => (await readStore(page)).results.length, { timeout: 60_000 }).toBeGreaterThan(0);
  const runId = (await readStore(page)).runs[0]!.id;

  const other = await context.newPage();
  await other.goto('./#/manage');
  other.once('dialog', (dialog) => void dialog.accept());
  await other.locator(`tr[data-run="${runId}"]`).getByRole('button', { name: 'Delete' }).click();
  await expect(other.getByRole('alert')).toHaveText(
    'This run is running (in this tab or another): pause or cancel it there first, then delete it.',
  );
  await expect(page.getByTestId('run-status')).toHaveText('Running…');
  expect((await readStore(other)).runs.map((run) => run.id)).toEqual([runId]);

  // An older ValueProbe (or a browser without Web Locks) deletes it anyway: the runner stops and writes nothing back.
  await editStoredRecord(other, 'runs', runId, null);
  await expect(page.getByTestId('run-status')).toContainText('was deleted while it ran, so it stopped', {
    timeout: 60_000,
  });
  // Answers in flight when it stopped would have been written within a second: wait longer than that.
  await page.waitForTimeout(2_000);
  const { runs, results } = await readStore(other);
  expect(runs).toEqual([]);
  expect(results).toEqual([]);
  await expectNoFalseCompletion(other);

  // A run that is not running is deleted at once.
  await page.getByRole('button', { name: 'Start another run' }).click();
  await startQuickLook(page, server.url);
  await expect.poll(async () => (await readStore(page)).results.length, { timeout: 60_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('run-status')).toContainText('Paused', { timeout: 60_000 });
  const pausedId = (await readStore(page)).runs[0]!.id;
  // Manage reads the run list when it opens.
  await other.reload();
  other.once('dialog', (dialog) => void dialog.accept());
  await other.locator(`tr[data-run="${pausedId}"]`).getByRole('button', { name: 'Delete' }).click();
  await expect(other.getByRole('status')).toContainText('Deleted');
  await page.waitForTimeout(1_000);
  expect(await readStore(other)).toEqual({ runs: [], results: [] });
  await other.close();
});
