import { describe, expect, it } from 'vitest';
import { defaultModelId, verdictFor, vramBudgetMB } from './capability';
import { fakeAdapter, fakeDevice, fakeModel } from './testModels';

const MiB = 1024 * 1024;

describe('vramBudgetMB', () => {
  it('assumes 2 GiB on small GPUs (storage binding below 1 GiB) and without an adapter', () => {
    expect(vramBudgetMB(fakeDevice({ adapter: fakeAdapter({ maxStorageBufferBindingSize: 512 * MiB }) }))).toBe(2048);
    expect(vramBudgetMB(fakeDevice({ adapter: null }))).toBe(2048);
  });

  it('uses the reported RAM (4 GB → 4096 MB), never below 2 GiB, else 8 GiB', () => {
    expect(vramBudgetMB(fakeDevice({ deviceMemoryGB: 4 }))).toBe(4096);
    expect(vramBudgetMB(fakeDevice({ deviceMemoryGB: 1 }))).toBe(2048);
    expect(vramBudgetMB(fakeDevice({ deviceMemoryGB: null }))).toBe(8192);
  });

  it('gives a software adapter (SwiftShader) the small budget despite its desktop-sized limits', () => {
    const swiftShader = fakeDevice({ adapter: fakeAdapter({ software: 'SwiftShader' }), deviceMemoryGB: 8 });
    expect(vramBudgetMB(swiftShader)).toBe(2048);
    expect(verdictFor(fakeModel({ vramMB: 4000 }), swiftShader)).toEqual({
      kind: 'too-large',
      needMB: 4000,
      budgetMB: 2048,
    });
    expect(verdictFor(fakeModel({ vramMB: 1000 }), swiftShader)).toEqual({ kind: 'runs-here' });
  });
});

describe('verdictFor', () => {
  it('says no-webgpu without an adapter, before anything else', () => {
    expect(verdictFor(fakeModel({ needsShaderF16: true, vramMB: 99_999 }), fakeDevice({ adapter: null }))).toEqual({
      kind: 'no-webgpu',
    });
  });

  it('offers the f32 build when an f16 model meets an adapter without shader-f16', () => {
    const model = fakeModel({ needsShaderF16: true, f32Alternative: 'Tiny-1B-Instruct-q4f32_1-MLC' });
    expect(verdictFor(model, fakeDevice({ adapter: fakeAdapter({ shaderF16: false }) }))).toEqual({
      kind: 'needs-shader-f16',
      alternative: 'Tiny-1B-Instruct-q4f32_1-MLC',
    });
    expect(verdictFor(model, fakeDevice())).toEqual({ kind: 'runs-here' });
  });

  it('reports the alternative as null when WebLLM has no f32 build', () => {
    const model = fakeModel({ needsShaderF16: true, f32Alternative: null });
    expect(verdictFor(model, fakeDevice({ adapter: fakeAdapter({ shaderF16: false }) }))).toEqual({
      kind: 'needs-shader-f16',
      alternative: null,
    });
  });

  it('says too-large when WebLLM’s VRAM estimate exceeds the budget (5000 MB > 4 GB × 1024)', () => {
    expect(verdictFor(fakeModel({ vramMB: 5000 }), fakeDevice({ deviceMemoryGB: 4 }))).toEqual({
      kind: 'too-large',
      needMB: 5000,
      budgetMB: 4096,
    });
    expect(verdictFor(fakeModel({ vramMB: 4096 }), fakeDevice({ deviceMemoryGB: 4 }))).toEqual({ kind: 'runs-here' });
  });

  it('says too-large when adapter limits are below what WebLLM or the model binds', () => {
    expect(verdictFor(fakeModel(), fakeDevice({ adapter: fakeAdapter({ maxBufferSize: 128 * MiB }) })).kind).toBe(
      'too-large',
    );
    // gemma-2b binds 262,144,000 bytes = 250 MiB > 128 MiB
    const gemma = fakeModel({ bufferSizeRequiredBytes: 262_144_000 });
    expect(verdictFor(gemma, fakeDevice({ adapter: fakeAdapter({ maxStorageBufferBindingSize: 128 * MiB }) }))).toEqual(
      { kind: 'too-large', needMB: 1000, budgetMB: 2048 },
    );
    expect(verdictFor(gemma, fakeDevice({ adapter: fakeAdapter({ maxStorageBufferBindingSize: 256 * MiB }) }))).toEqual(
      { kind: 'runs-here' },
    );
  });

  it('says not-enough-storage when the download exceeds quota − usage (10e9 − 9.5e9 = 5e8 < 6.25e8)', () => {
    const device = fakeDevice({ storage: { quotaBytes: 10e9, usageBytes: 9.5e9, persisted: true } });
    expect(verdictFor(fakeModel(), device)).toEqual({
      kind: 'not-enough-storage',
      needBytes: 625_000_000,
      freeBytes: 500_000_000,
    });
    expect(verdictFor(fakeModel(), device, true)).toEqual({ kind: 'runs-here' });
  });

  it('treats usage above quota as no free space, and skips the storage check when size or estimate is unknown', () => {
    const full = fakeDevice({ storage: { quotaBytes: 1e9, usageBytes: 2e9, persisted: false } });
    expect(verdictFor(fakeModel(), full)).toMatchObject({ kind: 'not-enough-storage', freeBytes: 0 });
    expect(verdictFor(fakeModel({ approxDownloadBytes: null }), full)).toEqual({ kind: 'runs-here' });
    expect(verdictFor(fakeModel(), fakeDevice({ storage: null }))).toEqual({ kind: 'runs-here' });
  });

  it('does not let a NaN VRAM estimate pass as runnable', () => {
    expect(verdictFor(fakeModel({ vramMB: Number.NaN }), fakeDevice())).toMatchObject({
      kind: 'too-large',
      budgetMB: 8192,
    });
  });
});

describe('defaultModelId', () => {
  const f16 = fakeModel({
    id: 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
    needsShaderF16: true,
    f32Alternative: 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
  });
  const f32 = fakeModel({ id: 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC' });
  const small = fakeModel({ id: 'SmolLM2-360M-Instruct-q4f16_1-MLC', needsShaderF16: true });

  it('returns null for an empty catalog or when nothing preferred runs', () => {
    expect(defaultModelId([], () => ({ kind: 'runs-here' }))).toBeNull();
    expect(defaultModelId([f16, f32], () => ({ kind: 'no-webgpu' }))).toBeNull();
  });

  it('prefers the first listed model, falling back to its f32 build before smaller models', () => {
    const device = fakeDevice({ adapter: fakeAdapter({ shaderF16: false }) });
    expect(defaultModelId([small, f16, f32], (model) => verdictFor(model, device))).toBe(
      'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
    );
    expect(defaultModelId([small, f16, f32], (model) => verdictFor(model, fakeDevice()))).toBe(
      'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
    );
  });
});
