import { normalizeLabelMasses, type LabelScores } from './normalizeLabelMasses';

/** Whether a next-token vector holds raw logits or probabilities. */
export type VectorKind = 'logits' | 'probabilities';

function checkTokenIds(labelTokenIds: readonly (readonly number[])[], labels: readonly string[], vocabSize: number) {
  if (labelTokenIds.length !== labels.length) {
    throw new Error(`Got token ids for ${labelTokenIds.length} labels but the prompt has ${labels.length}.`);
  }
  const ownerById = new Map<number, string>();
  labelTokenIds.forEach((ids, index) => {
    const label = labels[index] ?? '?';
    if (ids.length === 0) throw new Error(`Label ${label} has no token ids; the tokenizer lookup failed for it.`);
    for (const id of new Set(ids)) {
      if (!Number.isInteger(id) || id < 0 || id >= vocabSize) {
        throw new Error(`Token id ${id} of label ${label} is outside the vocabulary (0…${vocabSize - 1}).`);
      }
      const owner = ownerById.get(id);
      if (owner !== undefined) throw new Error(`Token id ${id} is listed for both label ${owner} and label ${label}.`);
      ownerById.set(id, label);
    }
  });
}

/** Per-token weights that are proportional to probabilities, plus their total, computed stably. */
function unnormalizedWeights(
  vector: ArrayLike<number>,
  kind: VectorKind,
): { weight: (id: number) => number; total: number } {
  let max = Number.NEGATIVE_INFINITY;
  for (let id = 0; id < vector.length; id += 1) {
    const value = vector[id] as number;
    if (Number.isNaN(value) || value === Number.POSITIVE_INFINITY) {
      throw new Error(`Next-token ${kind} hold ${value} at token id ${id}; the model output is corrupt.`);
    }
    if (kind === 'probabilities' && value < 0) {
      throw new Error(`Next-token probability ${value} at token id ${id} is negative.`);
    }
    if (value > max) max = value;
  }
  if (kind === 'probabilities') {
    let total = 0;
    for (let id = 0; id < vector.length; id += 1) total += vector[id] as number;
    return { weight: (id) => vector[id] as number, total };
  }
  if (max === Number.NEGATIVE_INFINITY) throw new Error('Every next-token logit is −∞; nothing can be scored.');
  // Subtracting the largest logit keeps every exp() in (0, 1]: no overflow for large logits.
  let total = 0;
  for (let id = 0; id < vector.length; id += 1) total += Math.exp((vector[id] as number) - max);
  return { weight: (id) => Math.exp((vector[id] as number) - max), total };
}

/**
 * Option probabilities from the full next-token vector (WebLLM's logit processor).
 * labelTokenIds[i] lists every token id that spells labels[i] ("A", " A", …); their probabilities are summed.
 */
export function scoreFromFullVector(
  vector: ArrayLike<number>,
  labelTokenIds: readonly (readonly number[])[],
  labels: readonly string[],
  kind: VectorKind,
): LabelScores {
  if (vector.length === 0) throw new Error('The next-token vector is empty; the model returned no scores.');
  checkTokenIds(labelTokenIds, labels, vector.length);
  const { weight, total } = unnormalizedWeights(vector, kind);
  if (total <= 0) throw new Error('The next-token probabilities sum to 0; the model output is corrupt.');
  const masses = labelTokenIds.map((ids) => [...new Set(ids)].reduce((sum, id) => sum + weight(id) / total, 0));
  return normalizeLabelMasses(masses, labels);
}
