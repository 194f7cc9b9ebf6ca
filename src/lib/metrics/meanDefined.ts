/**
 * Mean of the numbers that are not NaN (NaN marks an undefined value in metric columns), or null if none.
 * Same result as d3.mean on these columns; a plain indexed loop because d3.mean's for…of allocated an iterator
 * result per element here, the largest source of garbage in a run summary.
 */
export function meanDefined(values: readonly number[]): number | null {
  let total = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isNaN(value)) {
      total += value;
      count += 1;
    }
  }
  return count === 0 ? null : total / count;
}
