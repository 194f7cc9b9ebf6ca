/**
 * Reads family, size and quantisation out of a WebLLM model id such as
 * "Qwen2.5-1.5B-Instruct-q4f16_1-MLC" or "stablelm-2-zephyr-1_6b-q4f16_1-MLC-1k".
 */
export interface ParsedModelId {
  family: string;
  sizeLabel: string | null;
  parameters: number | null;
  quantisation: string;
  weightBits: number;
}

/** Ids that do not state their size; sizes from the model cards. */
const UNSIZED_MODELS: ReadonlyArray<{ prefix: string; family: string; sizeLabel: string }> = [
  { prefix: 'Phi-3.5-mini', family: 'Phi-3.5', sizeLabel: '3.8B' },
  { prefix: 'Phi-3-mini', family: 'Phi-3', sizeLabel: '3.8B' },
  { prefix: 'Phi-4-mini', family: 'Phi-4', sizeLabel: '3.8B' },
  { prefix: 'phi-2', family: 'Phi-2', sizeLabel: '2.7B' },
  { prefix: 'phi-1_5', family: 'Phi-1.5', sizeLabel: '1.3B' },
];

const QUANTISATION = /-(q(\d)f(16|32)(?:_\d+)?)-MLC/;
/** "-1.5B-", "-135M-", "-2b-", "-1_6b-", "-E2B-" (Gemma's effective size). */
const SIZE = /-E?(\d+(?:[._]\d+)?)([BbMm])(?=-|$)/;
/** Release dates inside family names ("OLMo-2-1124-7B") do not distinguish families for a reader. */
const TRAILING_DATE = /-\d{4}$/;

export function parseModelId(id: string): ParsedModelId {
  const quantMatch = QUANTISATION.exec(id);
  if (!quantMatch) {
    throw new Error(
      `Model id "${id}" has no MLC quantisation code (like "-q4f16_1-MLC"); add it to the catalog script's rules.`,
    );
  }
  const [, quantisation = '', quantBits = '0', floatBits = '32'] = quantMatch;
  const weightBits = quantBits === '0' ? Number(floatBits) : Number(quantBits);
  const name = id.slice(0, quantMatch.index);

  const unsized = UNSIZED_MODELS.find((model) => name.startsWith(model.prefix));
  if (unsized) {
    return {
      family: unsized.family,
      sizeLabel: unsized.sizeLabel,
      parameters: parseSize(unsized.sizeLabel),
      quantisation,
      weightBits,
    };
  }
  const sizeMatch = SIZE.exec(name);
  if (!sizeMatch) {
    return { family: name, sizeLabel: null, parameters: null, quantisation, weightBits };
  }
  const sizeLabel = `${(sizeMatch[1] ?? '').replace('_', '.')}${(sizeMatch[2] ?? '').toUpperCase()}`;
  const family = name.slice(0, sizeMatch.index).replace(TRAILING_DATE, '');
  return { family, sizeLabel, parameters: parseSize(sizeLabel), quantisation, weightBits };
}

function parseSize(label: string): number {
  const unit = label.endsWith('M') ? 1e6 : 1e9;
  return Math.round(Number(label.slice(0, -1)) * unit);
}
