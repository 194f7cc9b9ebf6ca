import type { AdapterSummary, CatalogEntry, DeviceCapabilities } from './types';

const MiB = 1024 * 1024;

/** A small f32 model that fits everywhere; tests override what they examine. */
export function fakeModel(overrides: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id: 'Tiny-1B-Instruct-q4f32_1-MLC',
    family: 'Tiny',
    parameters: 1e9,
    sizeLabel: '1B',
    quantisation: 'q4f32_1',
    weightBits: 4,
    approxDownloadBytes: 625_000_000,
    vramMB: 1000,
    contextWindow: 4096,
    needsShaderF16: false,
    lowResource: true,
    bufferSizeRequiredBytes: null,
    instructTuned: true,
    f32Alternative: null,
    paperFamily: false,
    ladders: [],
    modelUrl: 'https://huggingface.co/mlc-ai/Tiny-1B-Instruct-q4f32_1-MLC',
    ...overrides,
  };
}

/** A desktop-class adapter with shader-f16 and 2 GiB binding limits. */
export function fakeAdapter(overrides: Partial<AdapterSummary> = {}): AdapterSummary {
  return {
    shaderF16: true,
    maxBufferSize: 2048 * MiB,
    maxStorageBufferBindingSize: 2048 * MiB,
    description: 'fake gpu',
    software: null,
    ...overrides,
  };
}

export function fakeDevice(overrides: Partial<DeviceCapabilities> = {}): DeviceCapabilities {
  return {
    adapter: fakeAdapter(),
    storage: { usageBytes: 0, quotaBytes: 100e9, persisted: false },
    deviceMemoryGB: null,
    browser: 'chromium',
    ...overrides,
  };
}
