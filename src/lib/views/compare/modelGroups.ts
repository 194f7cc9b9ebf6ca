import type { CatalogEntry } from '../../engines/webllm/types';

/** A compared run with the catalog entry of its model, when the model is in WebLLM's catalog. */
export interface RunModel {
  runId: string;
  label: string;
  model: CatalogEntry | null;
}

export interface BaseAlignedPair {
  family: string;
  sizeLabel: string | null;
  base: RunModel;
  aligned: RunModel;
}

/**
 * Base and instruction-tuned runs of the same family and size, paired so the effect of alignment
 * can be read off; each base run pairs with every aligned run of its family and size.
 */
export function baseAlignedPairs(runs: readonly RunModel[]): BaseAlignedPair[] {
  const pairs: BaseAlignedPair[] = [];
  for (const base of runs) {
    if (!base.model || base.model.instructTuned) continue;
    for (const aligned of runs) {
      if (!aligned.model?.instructTuned) continue;
      if (aligned.model.family !== base.model.family || aligned.model.parameters !== base.model.parameters) continue;
      pairs.push({ family: base.model.family, sizeLabel: base.model.sizeLabel, base, aligned });
    }
  }
  return pairs;
}

/** Families trained on many languages on purpose (the paper's contrast with English-centric ones). */
const MULTILINGUAL_FAMILY_PREFIXES = ['Qwen', 'gemma', 'Gemma'];

export type LanguageFocus = 'multilingual' | 'english-centric';

/** Runs of the multilingual-vs-English ladder, by training focus; runs outside it are left out. */
export function languageFocusOf(run: RunModel): LanguageFocus | null {
  if (!run.model?.ladders.includes('multilingual-vs-english')) return null;
  return MULTILINGUAL_FAMILY_PREFIXES.some((prefix) => run.model?.family.startsWith(prefix))
    ? 'multilingual'
    : 'english-centric';
}
