import type { Cells } from './compareItems';

/**
 * Mean of the numbers that are not NaN (NaN marks an undefined value in metric columns), or null if none, over
 * the given cells (a question's row or a country's column of a run; all values by default).
 * Same result as d3.mean on those cells; a plain indexed loop because d3.mean's for…of allocated an iterator
 * result per element here, the largest source of garbage in a run summary.
 */
export function meanDefined(
  values: ArrayLike<number>,
  { start, stride, count }: Cells = { start: 0, stride: 1, count: values.length },
): number | null {
  let total = 0;
  let defined = 0;
  for (let k = 0, cell = start; k < count; k++, cell += stride) {
    const value = values[cell] as number;
    if (!Number.isNaN(value)) {
      total += value;
      defined += 1;
    }
  }
  return defined === 0 ? null : total / defined;
}
