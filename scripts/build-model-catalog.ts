/**
 * `npx tsx scripts/build-model-catalog.ts`: writes src/lib/engines/webllm/catalog.generated.json from the
 * installed @mlc-ai/web-llm's prebuiltAppConfig, so the app's main bundle never has to import WebLLM.
 * Re-run after upgrading WebLLM; catalog.test.ts fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { deriveCatalog } from '../src/lib/engines/webllm/deriveCatalog.ts';
import webllmPackage from '../node_modules/@mlc-ai/web-llm/package.json' with { type: 'json' };

export const catalogPath = join(import.meta.dirname, '..', 'src', 'lib', 'engines', 'webllm', 'catalog.generated.json');

/** The catalog file's exact text as derived from the installed package. */
export function catalogJsonFromInstalledPackage(): string {
  const catalog = { webllmVersion: webllmPackage.version, models: deriveCatalog(prebuiltAppConfig.model_list) };
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(catalogPath, catalogJsonFromInstalledPackage());
  console.log(`wrote ${catalogPath}`);
}
