import type { LadderId } from './types.ts';

/**
 * Families the paper (arXiv 2412.08846) evaluated, as they are named in WebLLM's list.
 * Hermes/OpenHermes fine-tunes of Llama or Mistral are not the paper's models and are not marked.
 */
export const PAPER_FAMILIES: ReadonlySet<string> = new Set([
  'Phi-1.5',
  'Phi-2',
  'Phi-3',
  'Phi-3.5',
  'Llama-2',
  'Llama-3',
  'Llama-3.1',
  'Llama-3.2',
  'Mistral',
]);

/** Model sets that reproduce one of the paper's findings in the browser. */
export const LADDERS: ReadonlyArray<{
  id: LadderId;
  title: string;
  finding: string;
  belongs: (family: string, id: string) => boolean;
}> = [
  {
    id: 'size-smollm2',
    title: 'Size ladder: SmolLM2 135M → 360M → 1.7B',
    finding: 'Larger models track human values more closely.',
    belongs: (family) => family === 'SmolLM2',
  },
  {
    id: 'size-qwen2.5',
    title: 'Size ladder: Qwen2.5 0.5B → 1.5B → 3B → 7B',
    finding: 'Larger models track human values more closely.',
    belongs: (family) => family === 'Qwen2.5',
  },
  {
    id: 'multilingual-vs-english',
    title: 'Multilingual (Qwen2.5) vs English-centric (Llama-3.2)',
    finding: 'Multilingual training does not by itself close the gap for non-Western countries.',
    belongs: (family) => family === 'Qwen2.5' || family === 'Llama-3.2',
  },
  {
    id: 'synthetic-data',
    title: 'Trained mostly on synthetic data: Phi, SmolLM2',
    finding: 'Models trained on much synthetic data track human values less closely.',
    belongs: (family) => family.startsWith('Phi-') || family === 'SmolLM2',
  },
  {
    id: 'base-vs-aligned',
    title: 'Base vs aligned: Ministral-3 3B Base vs Instruct',
    finding: 'Instruction tuning changes how models answer value questions.',
    belongs: (family, id) => family === 'Ministral-3' && (id.includes('-Base-') || id.includes('-Instruct-')),
  },
];
