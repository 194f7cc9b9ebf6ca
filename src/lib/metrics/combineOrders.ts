import type { Distribution } from '../survey/types';

/** One item's distributions per option order, each already mapped back to the question's option order. */
export type DistributionsByOrder = Partial<Record<'original' | 'reversed', Distribution>>;

/**
 * Averages an item's distributions over the option orders it was asked in, which cancels the first/last-option
 * bias when both orders are present. With a single order the distribution is returned unchanged.
 * `what` names the item in error messages, e.g. "Q46/USA".
 */
export function combineOrders(byOrder: DistributionsByOrder, what = 'item'): Distribution {
  const present = [byOrder.original, byOrder.reversed].filter((dist): dist is Distribution => dist !== undefined);
  const [first, second] = present;
  if (first === undefined) {
    throw new Error(`${what}: no distribution for either option order; score the item before combining`);
  }
  if (second === undefined) return first;
  if (second.length !== first.length) {
    throw new Error(
      `${what}: the original order has ${first.length} options but the reversed order has ${second.length}; ` +
        'map both back to the question option order first',
    );
  }
  return first.map((p, k) => (p + (second[k] ?? 0)) / 2) as readonly number[] as Distribution;
}
