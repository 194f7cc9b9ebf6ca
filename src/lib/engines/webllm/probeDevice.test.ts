import { describe, expect, it } from 'vitest';
import { probeDevice } from './probeDevice';

const linuxChrome =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

function storage(usage: number | undefined, quota: number | undefined, persisted: boolean): StorageManager {
  return { estimate: async () => ({ usage, quota }), persisted: async () => persisted } as unknown as StorageManager;
}

describe('probeDevice', () => {
  it('reads features, limits, storage and memory from the browser', async () => {
    const adapter = {
      features: new Set(['shader-f16']),
      limits: { maxBufferSize: 4e9, maxStorageBufferBindingSize: 2e9 },
      info: { vendor: 'google', architecture: 'swiftshader', description: '' },
    };
    const device = await probeDevice({
      gpu: { requestAdapter: async () => adapter },
      deviceMemory: 8,
      userAgent: linuxChrome,
      storage: storage(10, 100, true),
    });
    expect(device).toEqual({
      adapter: {
        shaderF16: true,
        maxBufferSize: 4e9,
        maxStorageBufferBindingSize: 2e9,
        description: 'google swiftshader',
        software: 'SwiftShader',
      },
      storage: { usageBytes: 10, quotaBytes: 100, persisted: true },
      deviceMemoryGB: 8,
      browser: 'chrome-linux',
    });
  });

  it('reads the adapter info through its getters, as GPUAdapterInfo exposes them, to name a software adapter', async () => {
    class Info {
      get vendor() {
        return 'google';
      }
      get architecture() {
        return 'swiftshader';
      }
      get isFallbackAdapter() {
        return false;
      }
    }
    const adapter = {
      features: new Set<string>(),
      limits: { maxBufferSize: 4e9, maxStorageBufferBindingSize: 2e9 },
      info: new Info(),
    };
    const device = await probeDevice({ gpu: { requestAdapter: async () => adapter }, userAgent: linuxChrome });
    expect(device.adapter?.software).toBe('SwiftShader');
  });

  it('reports no adapter when navigator.gpu is missing, requestAdapter returns null or throws', async () => {
    expect((await probeDevice({ userAgent: '' })).adapter).toBeNull();
    expect((await probeDevice({ userAgent: '', gpu: { requestAdapter: async () => null } })).adapter).toBeNull();
    const throwing = {
      requestAdapter: async () => {
        throw new Error('WebGPU disabled');
      },
    };
    expect((await probeDevice({ userAgent: '', gpu: throwing })).adapter).toBeNull();
  });

  it('treats missing estimate fields as 0, and missing storage or memory as unknown', async () => {
    expect((await probeDevice({ userAgent: '', storage: storage(undefined, undefined, false) })).storage).toEqual({
      usageBytes: 0,
      quotaBytes: 0,
      persisted: false,
    });
    const bare = await probeDevice({ userAgent: '' });
    expect(bare.storage).toBeNull();
    expect(bare.deviceMemoryGB).toBeNull();
  });
});
