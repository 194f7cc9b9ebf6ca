import { describe, expect, it } from 'vitest';
import { catalogJsonFromInstalledPackage } from '../../../../scripts/build-model-catalog';
import committedCatalogText from './catalog.generated.json?raw';
import { catalogWebllmVersion, findModel, groupByFamily, catalog } from './catalog';
import type { CatalogEntry } from './types';

describe('committed model catalog', () => {
  it('equals what the script derives from the installed @mlc-ai/web-llm (re-run scripts/build-model-catalog.ts after an upgrade)', () => {
    expect(committedCatalogText).toBe(catalogJsonFromInstalledPackage());
  });

  it('is for the pinned WebLLM version', () => {
    expect(catalogWebllmVersion).toBe('0.2.86');
  });

  it('leaves out embedding and vision models', () => {
    expect(catalog.some((entry) => entry.id.startsWith('snowflake-arctic-embed'))).toBe(false);
    expect(catalog.some((entry) => entry.id.startsWith('Phi-3.5-vision'))).toBe(false);
  });

  it('marks every f16 build as needing shader-f16 and links the f32 build', () => {
    expect(findModel('Qwen2.5-1.5B-Instruct-q4f16_1-MLC')).toMatchObject({
      needsShaderF16: true,
      f32Alternative: 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
    });
    expect(findModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC')).toMatchObject({
      needsShaderF16: false,
      f32Alternative: null,
    });
  });

  it('estimates download size from parameters and bits: 1.5e9 × (4 + 16/32) / 8 = 843,750,000 bytes', () => {
    expect(findModel('Qwen2.5-1.5B-Instruct-q4f16_1-MLC')?.approxDownloadBytes).toBe(843_750_000);
    // 135e6 × 32 / 8 = 540,000,000 (unquantised f32 has no scales)
    expect(findModel('SmolLM2-135M-Instruct-q0f32-MLC')?.approxDownloadBytes).toBe(540_000_000);
  });

  it('marks the paper families and the ladders that exist in 0.2.86', () => {
    expect(findModel('Mistral-7B-Instruct-v0.3-q4f32_1-MLC')?.paperFamily).toBe(true);
    expect(findModel('Hermes-2-Pro-Mistral-7B-q4f16_1-MLC')?.paperFamily).toBe(false);
    const sizesOn = (ladder: string, family: string) => [
      ...new Set(
        catalog.filter((e) => e.family === family && e.ladders.some((l) => l === ladder)).map((e) => e.sizeLabel),
      ),
    ];
    expect(sizesOn('size-smollm2', 'SmolLM2').sort()).toEqual(['1.7B', '135M', '360M']);
    expect(sizesOn('size-qwen2.5', 'Qwen2.5').sort()).toEqual(['0.5B', '1.5B', '3B', '7B']);
    expect(findModel('Ministral-3-3B-Base-2512-q4f32_1-MLC')).toMatchObject({
      instructTuned: false,
      ladders: ['base-vs-aligned'],
    });
    expect(findModel('Ministral-3-3B-Reasoning-2512-q4f32_1-MLC')?.ladders).toEqual([]);
  });
});

describe('groupByFamily', () => {
  const entry = (id: string, family: string, parameters: number | null, paperFamily = false): CatalogEntry => ({
    ...(catalog[0] as CatalogEntry),
    id,
    family,
    parameters,
    paperFamily,
  });

  it('returns no groups for no models', () => {
    expect(groupByFamily([])).toEqual([]);
  });

  it('puts paper families first, sorts families by name and models by size with unknown sizes last', () => {
    const groups = groupByFamily([
      entry('z-3b', 'Zeta', 3e9),
      entry('a-7b', 'Alpha', 7e9),
      entry('a-x', 'Alpha', null),
      entry('a-1b', 'Alpha', 1e9),
      entry('p-2b', 'Paper', 2e9, true),
    ]);
    expect(groups.map((group) => group.family)).toEqual(['Paper', 'Alpha', 'Zeta']);
    expect(groups[1]?.models.map((model) => model.id)).toEqual(['a-1b', 'a-7b', 'a-x']);
    expect(groups[0]?.paperFamily).toBe(true);
  });
});
