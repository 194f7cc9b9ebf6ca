import { randomLcg } from 'd3';

/**
 * A seeded generator for one item, so a fake answer does not depend on the order requests arrive in.
 * FNV-1a over the key turns it into d3.randomLcg's seed in [0, 1).
 */
export function itemRandom(seed: number, key: string): () => number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return randomLcg(hash / 2 ** 32);
}
