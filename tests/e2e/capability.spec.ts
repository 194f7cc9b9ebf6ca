import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { collectConsoleErrors } from './helpers/consoleErrors.ts';
import { expect, test } from './helpers/test.ts';

/** Hosts WebLLM downloads weights and wasm from; nothing may be requested from them before the user consents. */
const MODEL_HOSTS = /(^|\.)huggingface\.co$|(^|\.)hf\.co$|^raw\.githubusercontent\.com$/;

function recordModelTraffic(page: Page): { requests: string[]; workers: string[] } {
  const traffic = { requests: [] as string[], workers: [] as string[] };
  page.on('request', (request) => {
    if (MODEL_HOSTS.test(new URL(request.url()).hostname)) traffic.requests.push(request.url());
  });
  page.on('worker', (worker) => traffic.workers.push(worker.url()));
  return traffic;
}

const verdict = (page: Page) => page.getByTestId('capability-verdict');
const row = (page: Page, modelId: string) => page.locator(`[data-testid="model-row"][data-model-id="${modelId}"]`);

test('without WebGPU the verdict and guidance appear and no model download or worker starts', async ({ page }) => {
  const traffic = recordModelTraffic(page);
  await page.goto('./#/run');
  // The page opens on a usable engine; the WebLLM option still explains what is missing.
  await expect(page.getByTestId('engine-fallback')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('radio', { name: /A model in this browser/ }).check();
  await expect(verdict(page)).toHaveAttribute('data-state', 'no-webgpu', { timeout: 30_000 });
  await expect(verdict(page)).toContainText('This browser cannot run models yet');
  // Headless Chromium on Linux: the Linux flags are the advice.
  await expect(page.getByTestId('webgpu-guidance')).toContainText('--enable-unsafe-webgpu');
  await expect(verdict(page)).toContainText('local OpenAI-compatible endpoint');
  await expect(verdict(page)).toContainText('baselines');

  await expect(row(page, 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC')).toHaveAttribute('data-verdict', 'no-webgpu');
  await expect(page.locator('[data-testid="model-row"]:not([data-verdict="no-webgpu"])')).toHaveCount(0);
  await expect(page.getByTestId('download-consent')).toHaveCount(0);

  expect(traffic.requests).toEqual([]);
  expect(traffic.workers.filter((url) => url.includes('webllm'))).toEqual([]);
});

test('with --enable-unsafe-webgpu, f16 builds are marked not runnable and their q4f32 builds offered', async ({
  baseURL,
}) => {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path) => !!path && existsSync(path),
  );
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--enable-unsafe-webgpu',
      '--enable-features=Vulkan',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const page = await browser.newPage({ baseURL });
    const errors = collectConsoleErrors(page);
    const traffic = recordModelTraffic(page);
    await page.goto('./#/run');
    await expect(verdict(page)).not.toHaveAttribute('data-state', 'checking', { timeout: 30_000 });

    const adapter = await page.evaluate(async () => {
      const gpu = (
        navigator as unknown as {
          gpu?: {
            requestAdapter(): Promise<{
              features: Set<string>;
              info?: { vendor: string; architecture: string };
            } | null>;
          };
        }
      ).gpu;
      const found = await gpu?.requestAdapter();
      return found
        ? {
            shaderF16: found.features.has('shader-f16'),
            name: `${found.info?.vendor ?? ''} ${found.info?.architecture ?? ''}`.trim(),
          }
        : null;
    });
    if (!adapter) {
      test.info().annotations.push({
        type: 'webgpu',
        description:
          'Chromium exposed no WebGPU adapter on this machine even with --enable-unsafe-webgpu; the f16 checks did not run.',
      });
      await expect(verdict(page)).toHaveAttribute('data-state', 'no-webgpu');
      return;
    }
    test.info().annotations.push({
      type: 'webgpu',
      description: `adapter: ${adapter.name || 'unnamed'}, shader-f16: ${adapter.shaderF16}`,
    });
    await expect(verdict(page)).toHaveAttribute('data-state', 'webgpu');

    if (/swiftshader/i.test(adapter.name)) {
      // A CPU renderer is named, called very slow, and the estimate counts with it.
      await expect(page.getByTestId('software-adapter')).toContainText('SwiftShader');
      await expect(page.getByTestId('software-adapter')).toContainText('Very slow');
      await expect(page.getByTestId('prompt-count')).toContainText('very slow');
    }

    // The preselected model is enough to start; Start asks before anything is downloaded.
    const start = page.getByRole('button', { name: 'Start the run' });
    await expect(start).toBeEnabled();
    await start.click();
    const dialog = page.getByRole('dialog', { name: /^Download .+-MLC\?$/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('never leave this device');
    await dialog.getByRole('button', { name: 'Not now' }).click();
    await expect(dialog).toHaveCount(0);

    if (adapter.shaderF16) {
      test.info().annotations.push({
        type: 'webgpu',
        description: 'This adapter has shader-f16, so no build is marked as needing it; checked that instead.',
      });
      await expect(page.locator('[data-testid="model-row"][data-verdict="needs-shader-f16"]')).toHaveCount(0);
      return;
    }

    await expect(verdict(page)).toContainText('It lacks the shader-f16 feature');
    // Every build whose quantisation has f16 scales is marked; none of the q4f32 builds is.
    await expect(
      page.locator('[data-testid="model-row"][data-model-id*="f16"]:not([data-verdict="needs-shader-f16"])'),
    ).toHaveCount(0);
    await expect(
      page.locator('[data-testid="model-row"][data-model-id*="q4f32"][data-verdict="needs-shader-f16"]'),
    ).toHaveCount(0);
    await expect(row(page, 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC')).toHaveAttribute('data-verdict', 'runs-here');

    // The preselected default is the q4f32 build of the preferred model, behind a consent step.
    const consent = page.getByTestId('download-consent');
    await expect(consent).toContainText('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    await expect(consent).toContainText('never leave this device');

    // Choosing the offered q4f32 build of an f16 row selects it, still without downloading anything.
    await page
      .locator('details.family', { has: row(page, 'Llama-3.2-1B-Instruct-q4f16_1-MLC') })
      .locator('summary')
      .click();
    await row(page, 'Llama-3.2-1B-Instruct-q4f16_1-MLC').getByTestId('use-f32').click();
    await expect(consent).toContainText('Llama-3.2-1B-Instruct-q4f32_1-MLC');
    await expect(start).toBeEnabled();

    expect(traffic.requests).toEqual([]);
    expect(traffic.workers.filter((url) => url.includes('webllm'))).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the model cache lists a complete and an interrupted model, and deletes them through the real WebLLM worker without network', async ({
  page,
}) => {
  const traffic = recordModelTraffic(page);
  await page.goto('./#/explore');
  // What WebLLM leaves in Cache Storage: a complete model (manifest + every shard it lists) and an interrupted one.
  await page.evaluate(async () => {
    const cache = await caches.open('webllm/model');
    const complete = 'https://huggingface.co/mlc-ai/SmolLM2-360M-Instruct-q4f32_1-MLC/resolve/main/';
    const manifest = JSON.stringify({
      metadata: {},
      records: [{ dataPath: 'params_shard_0.bin', format: 'raw-shard', nbytes: 3000, records: [] }],
    });
    await cache.put(
      `${complete}tensor-cache.json`,
      new Response(manifest, { headers: { 'content-length': String(manifest.length) } }),
    );
    await cache.put(`${complete}params_shard_0.bin`, new Response(new Uint8Array(3000)));
    await cache.put(
      'https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f32_1-MLC/resolve/main/params_shard_0.bin',
      new Response(new Uint8Array(2000)),
    );
  });
  await page.goto('./#/manage');
  const rows = page.getByTestId('cached-model');
  await expect(rows).toHaveCount(2, { timeout: 30_000 });
  const completeRow = rows.filter({ hasText: 'SmolLM2-360M-Instruct-q4f32_1-MLC' });
  const partialRow = rows.filter({ hasText: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC' });
  await expect(completeRow).toContainText('Complete');
  await expect(partialRow).toContainText('Interrupted download');
  await expect(partialRow).toContainText('2 kB');
  await expect(page.getByTestId('storage-estimate')).toContainText('This site uses');
  expect(traffic.workers.filter((url) => url.includes('webllm'))).toHaveLength(1);

  await completeRow.getByRole('button', { name: 'Delete' }).click();
  // Generous: the WebLLM worker is a ~10 MB script and this machine's two cores are shared.
  await expect(rows).toHaveCount(1, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Delete all cached models' }).click();
  await expect(page.getByTestId('model-cache-empty')).toBeVisible({ timeout: 30_000 });
  const left = await page.evaluate(async () => (await (await caches.open('webllm/model')).keys()).length);
  expect(left).toBe(0);
  expect(traffic.requests).toEqual([]);
});
