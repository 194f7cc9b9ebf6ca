/** The slice of a tokenizer needed to find label tokens; @mlc-ai/web-tokenizers' Tokenizer has it. */
export interface VocabularyReader {
  getVocabSize(): number;
  decode(ids: Int32Array): string;
  /** The token as the vocabulary stores it ("ĠA", "▁A", "<0x41>"): far cheaper to read than a decode. */
  idToToken(id: number): string;
  /** Frees the tokenizer's wasm memory when the model is unloaded. */
  dispose?(): void;
}

/** Labels padded with whitespace up to this length still count ("A", " A", "\tA\n"); longer tokens never do. */
const MAX_LABEL_TOKEN_CHARS = 4;

/** SentencePiece's byte-fallback token: "<0x41>" decodes to "A". */
const BYTE_TOKEN = /^<0x[0-9a-f]{2}>$/i;

/** A character from "!" to "~": what a label is, and what raw tokens spell literally. */
function isVisibleAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/**
 * Whether the raw token can decode to a visible ASCII character padded with whitespace. Byte-level BPE and
 * SentencePiece write visible ASCII characters literally in the raw token and whitespace as other characters
 * (Ġ, Ċ, ▁, spaces), so such a token holds exactly one visible ASCII character, unless it is a byte token.
 */
function mayDecodeToOneCharacter(raw: string): boolean {
  if (BYTE_TOKEN.test(raw)) return true;
  let visible = 0;
  for (let position = 0; position < raw.length; position += 1) {
    if (isVisibleAscii(raw.charCodeAt(position))) visible += 1;
  }
  return visible === 1;
}

/**
 * Maps each visible ASCII character to every token id that decodes to it, whitespace aside ("A", " A", "A\n" → "A").
 * Decoding every id of a 256k vocabulary takes seconds; only the few thousand ids whose raw token passes
 * mayDecodeToOneCharacter are decoded, and the decoded text alone decides.
 */
export function buildShortTokenIndex(vocabulary: VocabularyReader): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const size = vocabulary.getVocabSize();
  const one = new Int32Array(1);
  for (let id = 0; id < size; id += 1) {
    if (!mayDecodeToOneCharacter(vocabulary.idToToken(id))) continue;
    one[0] = id;
    const text = vocabulary.decode(one);
    if (text.length > MAX_LABEL_TOKEN_CHARS) continue;
    const trimmed = text.trim();
    if (trimmed.length !== 1 || !isVisibleAscii(trimmed.charCodeAt(0))) continue;
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
