import type { CatalogEntry, DeviceCapabilities, ModelVerdict } from './types';

const MiB = 1024 * 1024;
/** WebLLM refuses to start below these adapter limits (its detectGPUDevice falls back to them). */
const MIN_MAX_BUFFER_SIZE = 256 * MiB;
const MIN_STORAGE_BINDING = 128 * MiB;
/**
 * Browsers do not expose VRAM. WebLLM itself treats maxStorageBufferBindingSize < 1 GiB as the sign
 * of a small (phone or low-end integrated) GPU; we follow it and then budget conservatively:
 * small GPU → 2 GiB; otherwise the device's RAM when Chrome reports it (deviceMemory, capped at 8 GB,
 * a fair bound for integrated GPUs that share RAM), else 8 GiB. A wrong guess costs a failed load,
 * which errors.ts turns into "try a smaller model". A software adapter (SwiftShader) reports desktop-sized limits
 * but runs on the CPU: it gets the small budget too, since a larger model would take days for a Quick look.
 */
const SMALL_GPU_BINDING = 1024 * MiB;
const SMALL_GPU_BUDGET_MB = 2048;
const DEFAULT_BUDGET_MB = 8192;

/** The GPU memory (MB) we assume this device can give a model. */
export function vramBudgetMB(device: DeviceCapabilities): number {
  const adapter = device.adapter;
  if (!adapter || adapter.software !== null || adapter.maxStorageBufferBindingSize < SMALL_GPU_BINDING)
    return SMALL_GPU_BUDGET_MB;
  return device.deviceMemoryGB === null
    ? DEFAULT_BUDGET_MB
    : Math.max(SMALL_GPU_BUDGET_MB, device.deviceMemoryGB * 1024);
}

/**
 * Whether `model` can run in this browser, checked in the order a user would have to fix things:
 * WebGPU, then GPU features, then GPU memory, then disk. `cached` models need no further storage.
 */
export function verdictFor(model: CatalogEntry, device: DeviceCapabilities, cached = false): ModelVerdict {
  const adapter = device.adapter;
  if (!adapter) return { kind: 'no-webgpu' };
  if (model.needsShaderF16 && !adapter.shaderF16)
    return { kind: 'needs-shader-f16', alternative: model.f32Alternative };

  const budgetMB = vramBudgetMB(device);
  const bindingNeed = model.bufferSizeRequiredBytes ?? MIN_STORAGE_BINDING;
  const limitsTooSmall =
    adapter.maxBufferSize < MIN_MAX_BUFFER_SIZE || adapter.maxStorageBufferBindingSize < bindingNeed;
  // Written as !(need ≤ budget) so an unknown (NaN) need is never taken for "fits".
  if (limitsTooSmall || !(model.vramMB <= budgetMB)) return { kind: 'too-large', needMB: model.vramMB, budgetMB };

  if (!cached && device.storage && model.approxDownloadBytes !== null) {
    const freeBytes = Math.max(0, device.storage.quotaBytes - device.storage.usageBytes);
    if (model.approxDownloadBytes > freeBytes)
      return { kind: 'not-enough-storage', needBytes: model.approxDownloadBytes, freeBytes };
  }
  return { kind: 'runs-here' };
}

/**
 * Smallest instruct models that answer survey questions well enough to be worth a first run, best first.
 * Each is tried as listed and then as its f32 build.
 */
const DEFAULT_PREFERENCE = [
  'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
  'Llama-3.2-1B-Instruct-q4f16_1-MLC',
  'Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
  'SmolLM2-360M-Instruct-q4f16_1-MLC',
];

/** The model to preselect on this device, or null when none of the preferred ones runs here. */
export function defaultModelId(
  catalog: readonly CatalogEntry[],
  verdictOf: (model: CatalogEntry) => ModelVerdict,
): string | null {
  const byId = new Map(catalog.map((entry) => [entry.id, entry]));
  for (const id of DEFAULT_PREFERENCE) {
    const model = byId.get(id);
    if (!model) continue;
    const candidates = [model, byId.get(model.f32Alternative ?? '')].filter(
      (entry): entry is CatalogEntry => entry !== undefined,
    );
    const runnable = candidates.find((candidate) => verdictOf(candidate).kind === 'runs-here');
    if (runnable) return runnable.id;
  }
  return null;
}
