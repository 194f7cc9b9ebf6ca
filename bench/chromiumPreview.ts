import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';

export const projectRoot = join(import.meta.dirname, '..');

/**
 * Builds the app, serves it with Vite's preview server on 127.0.0.1 and hands a Chromium and the served origin to
 * `measure`; closes both afterwards. Without Chromium it prints that `name` was skipped and returns.
 */
export async function withChromiumPreview(
  name: string,
  measure: (browser: Browser, origin: string) => Promise<void>,
): Promise<void> {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (path): path is string => !!path && existsSync(path),
  );
  if (!executablePath) {
    console.log(`${name}: skipped, no Chromium (set CHROMIUM_PATH or install chromium)`);
    return;
  }
  await build({ root: projectRoot, logLevel: 'error' });
  const server = await preview({ root: projectRoot, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
  const origin = server.resolvedUrls?.local[0];
  if (!origin) throw new Error('the preview server did not report its address');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await measure(browser, origin);
  } finally {
    await browser.close();
    await new Promise<void>((resolve, reject) =>
      server.httpServer.close((error) => (error ? reject(error) : resolve())),
    );
  }
}
