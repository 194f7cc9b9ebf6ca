import type { HumanResponse } from '../../survey/types';
import type { CountryRow } from './countryRows';

type DataRow = CountryRow & { response: HumanResponse };

/** Index of the option with the most answers over all rows (first on ties); -1 when there are no rows. */
export function pooledModalOption(rows: readonly DataRow[]): number {
  const totals: number[] = [];
  for (const row of rows) row.response.counts.forEach((count, index) => (totals[index] = (totals[index] ?? 0) + count));
  return totals.reduce(
    (best, total, index) => (total > (totals[best] ?? -Infinity) ? index : best),
    totals.length > 0 ? 0 : -1,
  );
}

/**
 * Bar order: highest mean first. Nominal questions have no mean, so they are ordered by the share of the answer
 * most common overall, which still puts similar countries together. Ties go alphabetically.
 */
export function sortRows(rows: readonly DataRow[]): DataRow[] {
  const modal = pooledModalOption(rows);
  const key = (row: DataRow) => row.response.mean ?? row.response.distribution[modal] ?? 0;
  return [...rows].sort((a, b) => key(b) - key(a) || a.country.name.localeCompare(b.country.name));
}
