import { expect, test } from './helpers/test.ts';
import { buildRunFile, dataset, usaAnswer } from './helpers/runFiles.ts';
import { countStartedWorkers, measureDrilldown, type DrilldownPick } from './helpers/measureDrilldown.ts';
import { openImportedRun } from './helpers/openImportedRun.ts';

const usa = buildRunFile({ id: 'e2e-drill', name: 'USA for everyone', modelId: 'usa', answer: usaAnswer });

test.describe.configure({ timeout: 240_000 });

test('picking a question or a country reuses the computed figures: no new worker, the view updates in < 100 ms', async ({
  page,
}) => {
  const startedWorkers = await countStartedWorkers(page);
  await openImportedRun(page, usa, 'drill');
  const workersBefore = await startedWorkers();
  expect(workersBefore).toBeGreaterThan(0);

  const kenya = dataset.countries.find((country) => country.id === 'KEN')?.name ?? 'missing';
  const picks: DrilldownPick[] = [
    { picker: 'Question', value: 'Q164', caption: 'Q164 in' },
    { picker: 'Country', value: 'KEN', caption: `Q164 in ${kenya}` },
    { picker: 'Question', value: 'Q57', caption: `Q57 in ${kenya}` },
  ];
  for (const pick of picks) {
    expect(await measureDrilldown(page, pick), `${pick.picker} ${pick.value}`).toBeLessThan(100);
  }
  expect(await startedWorkers()).toBe(workersBefore);
  await expect(page).toHaveURL(/[?&]q=Q57/);
  await expect(page).toHaveURL(/[?&]c=KEN/);
  await expect(page.locator('[data-results-ready="precise"]')).toBeAttached();
});
