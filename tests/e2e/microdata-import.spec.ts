import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateMicrodataFile } from '../generate-microdata.ts';
import { readDatasetFile } from './helpers/datasetFile.ts';
import { readStoredRecords } from './helpers/editStore.ts';
import { expect, test } from './helpers/test.ts';

/** The app formats counts with thousands separators (d3 ","); written out here independently. */
const thousands = (value: number) => value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const microdataInput = 'WVS-7 microdata file (CSV)';

test('a 20 MB microdata file is imported through the Manage view with the generator’s known numbers', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const path = testInfo.outputPath('WVS_Cross-National_Wave_7_csv_v6_0.csv');
  const { expected } = generateMicrodataFile({ out: path, rows: 20_000, sizeMb: 20 });
  const countries = new Set(Object.values(expected.cells).flatMap((byCountry) => Object.keys(byCountry)));
  const excludedAnswers = expected.excludedAnswers;

  await page.goto('./#/manage');
  await expect(page.getByTestId('no-references')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel(microdataInput).setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'rows' })).toBeVisible();

  const summary = page.getByTestId('microdata-summary');
  await expect(summary).toBeVisible({ timeout: 180_000 });
  await expect(summary).toContainText(`Saved WVS-7 v6.0, weighted, ${countries.size} countries`);
  await expect(page.getByTestId('summary-countries')).toHaveText(String(countries.size));
  await expect(page.getByTestId('summary-questions')).toHaveText(String(Object.keys(expected.cells).length));
  await expect(page.getByTestId('summary-rows')).toHaveText(thousands(expected.rows));
  await expect(page.getByTestId('summary-rows-used')).toHaveText(thousands(expected.rowsUsed));
  const unknownRows = expected.unknownCountryRows.ZZZ ?? 0;
  await expect(page.getByTestId('summary-unknown-rows')).toHaveText(
    `${thousands(unknownRows)}: ZZZ (${thousands(unknownRows)})`,
  );
  await expect(page.getByTestId('summary-missing')).toHaveText(thousands(expected.missingAnswers));
  await expect(page.getByTestId('summary-excluded')).toContainText(`${thousands(excludedAnswers)}:`);
  await expect(page.getByTestId('stored-references')).toContainText(
    `WVS-7 v6.0, weighted, ${countries.size} countries`,
  );

  // A cut-off file fails with its own message and leaves the stored reference as it was.
  const truncated = testInfo.outputPath('cut-off.csv');
  writeFileSync(truncated, 'B_COUNTRY_ALPHA,W_WEIGHT,Q1\nDEU,1,1\nDEU,1');
  await page.getByLabel(microdataInput).setInputFiles(truncated);
  await expect(page.getByTestId('microdata-error')).toContainText(
    'The file ends in the middle of a row: line 3 has 2 of the 3 columns',
  );
  await expect(page.getByTestId('stored-references').locator('tbody tr')).toHaveCount(1);

  await page.reload();
  await expect(page.getByTestId('stored-references')).toContainText(
    `WVS-7 v6.0, weighted, ${countries.size} countries`,
  );

  // Explore with the imported reference colours exactly the countries the generated file has answers from.
  const questionId = 'Q164';
  const withAnswers = new Set(
    Object.entries(expected.cells[questionId] ?? {})
      .filter(([, cell]) => cell.respondents.some((n) => n > 0))
      .map(([id]) => id),
  );
  const drawn = readDatasetFile()
    .countries.filter((country) => country.ownPolygon)
    .map((country) => country.id);
  const expectedColoured = drawn.filter((id) => withAnswers.has(id)).sort();
  expect(expectedColoured.length).toBeGreaterThan(19);
  await page.goto(`./#/explore?q=${questionId}`);
  await page
    .getByLabel('Compare with (human reference)')
    .selectOption({ label: `WVS-7 v6.0, weighted, ${countries.size} countries` });
  await expect(page).toHaveURL(/ref=/);
  const map = page.locator('[data-figure="explore-map"]');
  await expect(map.locator('[data-country]:not([data-no-data])')).toHaveCount(expectedColoured.length);
  const coloured = await map
    .locator('[data-country]:not([data-no-data])')
    .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-country')));
  expect(coloured.sort()).toEqual(expectedColoured);

  await page.goto('./#/manage');
  await page.getByRole('button', { name: `Delete WVS-7 v6.0, weighted, ${countries.size} countries` }).click();
  await expect(page.getByTestId('no-references')).toBeVisible();
});

test('a second file of the same name asks before replacing: keep both gives a numbered copy, replace overwrites', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const name = 'WVS_Cross-National_Wave_7_csv_v6_0.csv';
  const generate = (folder: string, seed: number) => {
    const out = testInfo.outputPath(folder, name);
    mkdirSync(dirname(out), { recursive: true });
    const { expected } = generateMicrodataFile({ out, rows: 3_000, seed });
    return { out, countries: new Set(Object.values(expected.cells).flatMap((byCountry) => Object.keys(byCountry))) };
  };
  const first = generate('first', 1);
  const second = generate('second', 2);
  const label = (countries: Set<string>) => `WVS-7 v6.0, weighted, ${countries.size} countries`;
  const stored = page.getByTestId('stored-references').locator('tbody tr');
  const prompt = page.getByTestId('duplicate-reference');
  const responsesById = async () =>
    new Map(
      ((await readStoredRecords(page, 'references')) as { id: string; responses: unknown }[]).map((reference) => [
        reference.id,
        reference.responses,
      ]),
    );

  await page.goto('./#/manage');
  await expect(page.getByTestId('no-references')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel(microdataInput).setInputFiles(first.out);
  await expect(page.getByTestId('microdata-summary')).toContainText(`Saved ${label(first.countries)}`, {
    timeout: 120_000,
  });
  const firstResponses = (await responsesById()).get(`wvs7-microdata:${name}`);

  await page.getByLabel(microdataInput).setInputFiles(second.out);
  await expect(prompt).toContainText(`A reference from a file named ${name} is already stored`, { timeout: 120_000 });
  await expect(stored).toHaveCount(1);
  expect((await responsesById()).get(`wvs7-microdata:${name}`)).toEqual(firstResponses);

  await prompt.getByRole('button', { name: 'Keep both' }).click();
  await expect(stored).toHaveCount(2);
  await expect(stored.nth(1)).toContainText(`${label(second.countries)} (2)`);
  const both = await responsesById();
  expect(both.get(`wvs7-microdata:${name}`)).toEqual(firstResponses);
  expect(both.get(`wvs7-microdata:${name} (2)`)).not.toEqual(firstResponses);

  await page.getByLabel(microdataInput).setInputFiles(second.out);
  await prompt.getByRole('button', { name: 'Replace it' }).click();
  await expect(page.getByTestId('microdata-summary')).toContainText(`Saved ${label(second.countries)}`);
  await expect(stored).toHaveCount(2);
  const replaced = await responsesById();
  expect(replaced.get(`wvs7-microdata:${name}`)).toEqual(replaced.get(`wvs7-microdata:${name} (2)`));
});
