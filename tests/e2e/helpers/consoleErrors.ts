import type { Page } from '@playwright/test';

/**
 * Collects everything the page reports as broken: console errors (CSP violations arrive this way), uncaught
 * exceptions and unhandled rejections. Call before navigating; assert the returned list is empty at the end.
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}
