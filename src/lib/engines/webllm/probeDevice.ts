import { detectBrowser } from './browserGuidance';
import { softwareAdapterName, type AdapterIdentity } from './softwareAdapter';
import type { AdapterSummary, DeviceCapabilities, StorageSummary } from './types';

/** The slice of WebGPU we read; TypeScript's DOM library does not ship WebGPU types yet. */
interface GpuAdapterLike {
  features: { has(feature: string): boolean };
  limits: { maxBufferSize: number; maxStorageBufferBindingSize: number };
  info?: AdapterIdentity;
  /** Older Chrome builds put the fallback flag on the adapter, not on its info. */
  isFallbackAdapter?: boolean;
}
interface NavigatorWithGpu {
  gpu?: {
    requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<GpuAdapterLike | null>;
  };
  deviceMemory?: number;
  userAgent: string;
  storage?: StorageManager;
}

/**
 * Asks the browser what it can do. Uses requestAdapter() rather than the mere presence of navigator.gpu:
 * browsers expose navigator.gpu and still return no adapter (blocklisted GPU, headless, flags off).
 */
export async function probeDevice(
  nav: NavigatorWithGpu = navigator as unknown as NavigatorWithGpu,
): Promise<DeviceCapabilities> {
  const [adapter, storage] = await Promise.all([probeAdapter(nav), probeStorage(nav.storage)]);
  return { adapter, storage, deviceMemoryGB: nav.deviceMemory ?? null, browser: detectBrowser(nav.userAgent) };
}

async function probeAdapter(nav: NavigatorWithGpu): Promise<AdapterSummary | null> {
  try {
    const adapter = await nav.gpu?.requestAdapter({ powerPreference: 'high-performance' });
    if (!adapter) return null;
    const info = adapter.info;
    return {
      shaderF16: adapter.features.has('shader-f16'),
      maxBufferSize: adapter.limits.maxBufferSize,
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
      description: [info?.vendor, info?.architecture, info?.description].filter(Boolean).join(' '),
      // GPUAdapterInfo's fields are prototype getters: copied one by one, since a spread would drop them.
      software: softwareAdapterName({
        vendor: info?.vendor,
        architecture: info?.architecture,
        device: info?.device,
        description: info?.description,
        isFallbackAdapter: info?.isFallbackAdapter ?? adapter.isFallbackAdapter,
      }),
    };
  } catch {
    // Some browsers throw instead of resolving null when WebGPU is disabled; both mean "no adapter".
    return null;
  }
}

async function probeStorage(storage: StorageManager | undefined): Promise<StorageSummary | null> {
  if (!storage?.estimate) return null;
  const [estimate, persisted] = await Promise.all([
    storage.estimate(),
    storage.persisted?.() ?? Promise.resolve(false),
  ]);
  return { usageBytes: estimate.usage ?? 0, quotaBytes: estimate.quota ?? 0, persisted };
}
