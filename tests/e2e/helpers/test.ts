import { test as base, expect } from '@playwright/test';
import { collectConsoleErrors } from './consoleErrors.ts';

/**
 * Playwright's `test` with a check that runs in every test: the page must log no console error and throw no
 * uncaught error (CSP violations included). Tests can read `consoleErrors` to assert earlier.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors = collectConsoleErrors(page);
      await use(errors);
      expect(errors, 'the page reported errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
