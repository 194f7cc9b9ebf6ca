/** One model of WebLLM's prebuilt list, reduced to what ValueProbe shows and decides with. */
export interface CatalogEntry {
  /** WebLLM model_id, e.g. "Qwen2.5-1.5B-Instruct-q4f16_1-MLC". */
  id: string;
  /** Display family, e.g. "Qwen2.5", "SmolLM2", "Llama-3.2". */
  family: string;
  /** Parameter count parsed from the id (1.5B → 1.5e9), null when the id does not say. */
  parameters: number | null;
  /** Short label as written in the id ("1.5B", "135M"), null when unknown. */
  sizeLabel: string | null;
  /** MLC quantisation code, e.g. "q4f16_1", "q0f32", "q3f16_1". */
  quantisation: string;
  /** Weight bits (4, 3, 16, 32), parsed from the quantisation code. */
  weightBits: number;
  /** ≈ download size in bytes: parameters × weight bits / 8. An estimate, WebLLM does not list it. */
  approxDownloadBytes: number | null;
  /** WebLLM's own estimate of GPU memory needed. */
  vramMB: number;
  contextWindow: number | null;
  /** Every *f16* model needs the WebGPU `shader-f16` feature, even where WebLLM's list omits it. */
  needsShaderF16: boolean;
  lowResource: boolean;
  /** Largest single storage buffer the model binds, when WebLLM lists it. */
  bufferSizeRequiredBytes: number | null;
  /** Base models continue text; instruct/chat models answer. Scoring works for both. */
  instructTuned: boolean;
  /** The id of the same model with f32 scales (no shader-f16 needed), when WebLLM lists one. */
  f32Alternative: string | null;
  /** The paper (arXiv 2412.08846) evaluated this family. */
  paperFamily: boolean;
  /** Ladders this model is a rung of (see ladders.ts). */
  ladders: LadderId[];
  /** Weights URL, used to find the model in WebLLM's cache without loading WebLLM. */
  modelUrl: string;
}

export type LadderId =
  'size-smollm2' | 'size-qwen2.5' | 'multilingual-vs-english' | 'synthetic-data' | 'base-vs-aligned';

/** Per-model answer to "can this browser run it?". */
export type ModelVerdict =
  | { kind: 'runs-here' }
  | { kind: 'needs-shader-f16'; alternative: string | null }
  | { kind: 'too-large'; needMB: number; budgetMB: number }
  | { kind: 'not-enough-storage'; needBytes: number; freeBytes: number }
  | { kind: 'no-webgpu' };

/** What the browser told us about its GPU and storage; produced by probeDevice(), faked in tests. */
export interface DeviceCapabilities {
  /** null when navigator.gpu is missing or requestAdapter() returned null. */
  adapter: AdapterSummary | null;
  storage: StorageSummary | null;
  /** navigator.deviceMemory in GB (Chrome only, capped at 8), null elsewhere. */
  deviceMemoryGB: number | null;
  browser: BrowserKind;
}

export interface AdapterSummary {
  shaderF16: boolean;
  maxBufferSize: number;
  maxStorageBufferBindingSize: number;
  /** Adapter description for display, e.g. "google swiftshader", may be empty. */
  description: string;
  /** The renderer's name when the adapter runs shaders on the CPU (e.g. "SwiftShader"): very slow; null for a GPU. */
  software: string | null;
}

export interface StorageSummary {
  usageBytes: number;
  quotaBytes: number;
  persisted: boolean;
}

export type BrowserKind = 'chrome-linux' | 'chromium' | 'safari' | 'firefox' | 'other';
