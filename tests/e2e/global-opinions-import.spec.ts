import { writeFileSync } from 'node:fs';
import { readDatasetFile } from './helpers/datasetFile.ts';
import { expect, test } from './helpers/test.ts';

const goqaInput = 'GlobalOpinionQA file (CSV)';

/** One WVS row in global_opinions.csv's layout: Python reprs inside CSV quotes, "" for a literal quote. */
function goqaRow(question: string, options: string[], shares: Record<string, number[]>): string {
  const selections = Object.entries(shares)
    .map(([name, values]) => `'${name}': [${values.join(', ')}]`)
    .join(', ');
  // Python's repr quotes a text containing an apostrophe with double quotes.
  const optionList = options.map((option) => (option.includes("'") ? `"${option}"` : `'${option}'`)).join(', ');
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  return [quote(question), quote(`defaultdict(<class 'list'>, {${selections}})`), quote(`[${optionList}]`), 'WVS'].join(
    ',',
  );
}

test('a GlobalOpinionQA file imports under the production CSP and colours Explore; a cut-off one changes nothing', async ({
  page,
}, testInfo) => {
  const dataset = readDatasetFile();
  const god = dataset.questions.find((question) => question.id === 'Q164');
  if (!god) throw new Error('Q164 is missing from the dataset');
  const countries = dataset.countries.filter((country) => country.ownPolygon).slice(0, 5);
  const shares = Object.fromEntries(
    countries.map((country, index) => [country.name, god.options.map((_, option) => (option === index ? 0.5 : 0.05))]),
  );
  const options = [...god.options.map((option) => option.text), "Don't know"];
  const sharesWithDontKnow = Object.fromEntries(Object.entries(shares).map(([name, values]) => [name, [...values, 0]]));
  const file = testInfo.outputPath('global_opinions.csv');
  const rows = ['question,selections,options,source', goqaRow(god.text, options, sharesWithDontKnow)];
  writeFileSync(file, rows.join('\n') + '\n');
  const label = `GlobalOpinionQA, WVS items, ${countries.length} countries`;

  await page.goto('./#/manage');
  await expect(page.getByTestId('no-references')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel(goqaInput).setInputFiles(file);
  await expect(page.getByTestId('stored-references')).toContainText(label);

  // The same name, cut off inside a quoted cell: rejected, and the stored reference is untouched.
  const cut = rows.join('\n');
  writeFileSync(file, cut.slice(0, cut.length - 40));
  await page.getByLabel(goqaInput).setInputFiles(file);
  await expect(page.getByTestId('global-opinions-error')).toContainText('is never closed');
  await expect(page.getByTestId('stored-references').locator('tbody tr')).toHaveCount(1);

  // An infinite share is rejected, not read as 0.
  writeFileSync(
    file,
    [
      'question,selections,options,source',
      goqaRow(god.text, options, { [countries[0]!.name]: options.map(() => Infinity) }),
    ]
      .join('\n')
      .replaceAll('Infinity', 'inf'),
  );
  await page.getByLabel(goqaInput).setInputFiles(file);
  await expect(page.getByTestId('global-opinions-error')).toContainText(
    `has a share that is not a finite, non-negative number for ${countries[0]!.name}`,
  );

  // The valid file again under the same name: asked before anything is replaced; cancelling stores nothing.
  writeFileSync(file, rows.join('\n') + '\n');
  await page.getByLabel(goqaInput).setInputFiles(file);
  const prompt = page.getByTestId('duplicate-reference');
  await expect(prompt).toContainText('A reference from a file named global_opinions.csv is already stored');
  await prompt.getByRole('button', { name: 'Cancel (store nothing)' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.getByTestId('stored-references').locator('tbody tr')).toHaveCount(1);

  await page.goto('./#/explore?q=Q164');
  await page.getByLabel('Compare with (human reference)').selectOption({ label });
  await expect(page).toHaveURL(/ref=/);
  const coloured = page.locator('[data-figure="explore-map"] [data-country]:not([data-no-data])');
  await expect(coloured).toHaveCount(countries.length);
  const ids = await coloured.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-country')));
  expect(ids.sort()).toEqual(countries.map((country) => country.id).sort());
});
