/** Derived numbers are stored to 12 decimal places: far below any survey precision, and a fixed text form. */
export function round12(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}
