import type { ModelRecord } from '@mlc-ai/web-llm';
import { LADDERS, PAPER_FAMILIES } from './ladders.ts';
import { parseModelId } from './parseModelId.ts';
import type { CatalogEntry } from './types.ts';

/** ModelType.LLM in WebLLM's enum; embedding (1) and vision (2) models cannot answer the survey. */
const LLM_MODEL_TYPE = 0;
/** MLC's group quantisation stores one float scale per 32 weights. */
const QUANT_GROUP_SIZE = 32;
/** Base models in the list whose ids do not say "Base". */
const UNTUNED_FAMILIES: ReadonlySet<string> = new Set(['Phi-1.5', 'Phi-2']);

/** Turns WebLLM's prebuilt model list into ValueProbe's catalog (text-only LLMs, in list order). */
export function deriveCatalog(records: readonly ModelRecord[]): CatalogEntry[] {
  const ids = new Set(records.map((record) => record.model_id));
  return records
    .filter((record) => (record.model_type ?? LLM_MODEL_TYPE) === LLM_MODEL_TYPE)
    .map((record) => toEntry(record, ids));
}

function toEntry(record: ModelRecord, ids: ReadonlySet<string>): CatalogEntry {
  const id = record.model_id;
  const parsed = parseModelId(id);
  const needsShaderF16 = parsed.quantisation.includes('f16') || (record.required_features ?? []).includes('shader-f16');
  return {
    id,
    family: parsed.family,
    parameters: parsed.parameters,
    sizeLabel: parsed.sizeLabel,
    quantisation: parsed.quantisation,
    weightBits: parsed.weightBits,
    approxDownloadBytes:
      parsed.parameters === null
        ? null
        : Math.round((parsed.parameters * bitsPerWeight(parsed.quantisation, parsed.weightBits)) / 8),
    vramMB: requireVram(record),
    contextWindow: record.overrides?.context_window_size ?? null,
    needsShaderF16,
    lowResource: record.low_resource_required ?? false,
    bufferSizeRequiredBytes: record.buffer_size_required_bytes ?? null,
    instructTuned: !id.includes('-Base-') && !UNTUNED_FAMILIES.has(parsed.family),
    f32Alternative: needsShaderF16 ? findF32Alternative(id, parsed.quantisation, ids) : null,
    paperFamily: PAPER_FAMILIES.has(parsed.family),
    ladders: LADDERS.filter((ladder) => ladder.belongs(parsed.family, id)).map((ladder) => ladder.id),
    modelUrl: record.model,
  };
}

/** Same weights with f32 scales first (q0f16 → q0f32), else the 4-bit f32 build of the same model. */
function findF32Alternative(id: string, quantisation: string, ids: ReadonlySet<string>): string | null {
  const candidates = [
    id.replace(quantisation, quantisation.replace('f16', 'f32')),
    id.replace(quantisation, 'q4f32_1'),
  ];
  return candidates.find((candidate) => candidate !== id && ids.has(candidate)) ?? null;
}

function requireVram(record: ModelRecord): number {
  if (record.vram_required_MB === undefined) {
    throw new Error(
      `WebLLM model "${record.model_id}" has no vram_required_MB; the capability check needs it. Add an estimate in the catalog script.`,
    );
  }
  return record.vram_required_MB;
}

/** Quantised weights carry one scale (f16 or f32) per group of 32; unquantised weights are just floats. */
function bitsPerWeight(quantisation: string, weightBits: number): number {
  if (quantisation.startsWith('q0')) return weightBits;
  const scaleBits = quantisation.includes('f32') ? 32 : 16;
  return weightBits + scaleBits / QUANT_GROUP_SIZE;
}
