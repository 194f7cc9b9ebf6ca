import { okabeIto } from './okabeIto';

/** Fill for options that sit off the answer scale: substantive answers with no scale value. */
export const offScaleColor = '#9a9a9a';

/** The first `count` Okabe–Ito colours; more than eight categories cannot stay colour-blind safe, so that throws. */
export function categoricalPalette(count: number): string[] {
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`Category count is ${count}; expected a whole number ≥ 0.`);
  if (count > okabeIto.length) {
    throw new Error(
      `${count} categories but only ${okabeIto.length} colour-blind-safe colours; group the smaller categories first.`,
    );
  }
  return okabeIto.slice(0, count);
}
