import { expect, test } from './helpers/test';

test('the first visit shows the guide; closing it is remembered across a reload, and the footer reopens it', async ({
  page,
}) => {
  await page.goto('./');
  const guide = page.getByRole('region', { name: 'New here? Try it in four steps' });
  await expect(guide).toBeVisible();
  await expect(guide.getByRole('link', { name: 'Explore a question' })).toHaveAttribute('href', '#/explore?q=Q164');
  await expect(guide.getByRole('link', { name: "See a real model's answers" })).toHaveAttribute(
    'href',
    /#\/results\?run=example-culturespa-culture-aware/,
  );

  await guide.getByRole('button', { name: 'Close the introduction' }).click();
  await expect(guide).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(guide).toHaveCount(0);

  await page.getByRole('button', { name: 'How to start' }).click();
  await expect(guide).toBeVisible();
  // Escape closes it while focus is inside.
  await guide.getByRole('link', { name: 'Compare' }).focus();
  await page.keyboard.press('Escape');
  await expect(guide).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(guide).toHaveCount(0);
});

test('the "run one yourself" step opens the Run view on a world-average baseline Quick look', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Run one yourself' }).click();
  await expect(page.getByRole('radio', { name: /A baseline/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /World average/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Quick look/ })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Start the run' })).toBeEnabled();
});
