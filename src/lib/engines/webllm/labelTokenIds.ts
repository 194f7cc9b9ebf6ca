/** The slice of a tokenizer needed to find label tokens; @mlc-ai/web-tokenizers' Tokenizer has it. */
export interface VocabularyReader {
  getVocabSize(): number;
  decode(ids: Int32Array): string;
  /** Frees the tokenizer's wasm memory when the model is unloaded. */
  dispose?(): void;
}

/** Labels are single characters; longer tokens never spell one, so the index stays small. */
const MAX_LABEL_TOKEN_CHARS = 4;

/** Maps short trimmed token texts to every token id that decodes to them ("A", " A", "A\n" → "A"). */
export function buildShortTokenIndex(vocabulary: VocabularyReader): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const size = vocabulary.getVocabSize();
  const one = new Int32Array(1);
  for (let id = 0; id < size; id += 1) {
    one[0] = id;
    const text = vocabulary.decode(one);
    if (text.length === 0 || text.length > MAX_LABEL_TOKEN_CHARS) continue;
    const trimmed = text.trim();
    if (trimmed.length === 0) continue;
    const ids = index.get(trimmed) ?? [];
    ids.push(id);
    index.set(trimmed, ids);
  }
  return index;
}

/**
 * Token ids per label, matching the scorer's rule (scoring/labelOfToken: whitespace around a label is ignored).
 * Fails when the model's vocabulary has no token for a label: such a label cannot be scored in one step.
 */
export function labelTokenIds(labels: readonly string[], index: ReadonlyMap<string, readonly number[]>): number[][] {
  return labels.map((label) => {
    const ids = index.get(label);
    if (!ids || ids.length === 0) {
      throw new Error(
        `The model's tokenizer has no single token for the answer label "${label}"; use letter labels (A, B, …) for this model.`,
      );
    }
    return [...ids];
  });
}
