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
  const cells = rows * countryCount;
  const centred: CentredMeans = { model: arena.take(cells), human: arena.take(cells) };
  for (let cell = 0; cell < cells; cell++) {
    const m = model[cell] as number;
    const h = human[cell] as number;
    const paired = !Number.isNaN(m) && !Number.isNaN(h);
    centred.model[cell] = paired ? m : NaN;
    centred.human[cell] = paired ? h : NaN;
  }
  centreRowsInPlace(centred, rows, countryCount);
  return centred;
}

/**
 * Subtracts each row's mean from its numbers, model and people apart. A cell must be NaN on both sides or on
 * neither (centredMeans pairs them first), so both means are over the same countries.
 */
export function centreRowsInPlace({ model, human }: CentredMeans, rows: number, width: number): void {
  for (let start = 0; start < rows * width; start += width) {
    let modelTotal = 0;
    let humanTotal = 0;
    let defined = 0;
    for (let cell = start; cell < start + width; cell++) {
      if (Number.isNaN(model[cell] as number)) continue;
      modelTotal += model[cell] as number;
      humanTotal += human[cell] as number;
      defined += 1;
    }
    if (defined === 0) continue;
    const modelMean = modelTotal / defined;
    const humanMean = humanTotal / defined;
    for (let cell = start; cell < start + width; cell++) {
      model[cell] = (model[cell] as number) - modelMean;
      human[cell] = (human[cell] as number) - humanMean;
    }
  }
}
