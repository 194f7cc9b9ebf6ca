import type { BlockArena } from './blockArena';

/** Normalised means with each question's mean over its compared countries subtracted, model and people apart. */
export interface CentredMeans {
  model: Float64Array;
  human: Float64Array;
}

/**
 * Centres each row of a question-major pair of columns (rows × countryCount cells): in every row, the mean over
 * the cells where both sides are numbers is subtracted from each side separately; the other cells are NaN.
 * What is left is how a country differs from the other compared countries on that question, so a correlation
 * over questions of the centred values rewards knowing countries, not knowing which questions get high answers,
 * and an answer that is the same for every country centres to 0 everywhere.
 */
export function centredMeans(
  model: Float64Array,
  human: Float64Array,
  rows: number,
  countryCount: number,
  arena: BlockArena,
): CentredMeans {
  const centred: CentredMeans = {
    model: arena.take(rows * countryCount).fill(NaN),
    human: arena.take(rows * countryCount).fill(NaN),
  };
  for (let row = 0; row < rows; row++) centreRow(model, human, centred, row * countryCount, countryCount);
  return centred;
}

function centreRow(
  model: Float64Array,
  human: Float64Array,
  centred: CentredMeans,
  start: number,
  count: number,
): void {
  let modelTotal = 0;
  let humanTotal = 0;
  let defined = 0;
  for (let cell = start; cell < start + count; cell++) {
    const m = model[cell] as number;
    const h = human[cell] as number;
    if (Number.isNaN(m) || Number.isNaN(h)) continue;
    modelTotal += m;
    humanTotal += h;
    defined += 1;
  }
  if (defined === 0) return;
  const modelMean = modelTotal / defined;
  const humanMean = humanTotal / defined;
  for (let cell = start; cell < start + count; cell++) {
    const m = model[cell] as number;
    const h = human[cell] as number;
    if (Number.isNaN(m) || Number.isNaN(h)) continue;
    centred.model[cell] = m - modelMean;
    centred.human[cell] = h - humanMean;
  }
}
