import { describe, expect, it } from 'vitest';
import { BlockArena } from './blockArena';
import { centredMeans } from './centredMeans';

/** Values to 9 decimals (NaN kept, −0 made 0) so float noise does not fail an exact comparison. */
const rounded = (values: Float64Array) => Array.from(values, (value) => Math.round(value * 1e9) / 1e9 + 0);

describe('centredMeans', () => {
  it('subtracts each row’s mean over its compared cells, model and people apart', () => {
    // Three questions × three countries, question-major.
    const model = Float64Array.of(0.2, 0.4, 0.6, 1, 1, 1, 0.5, NaN, 0.1);
    const human = Float64Array.of(0.1, 0.5, 0.6, 0, 0.3, 0.3, 0.2, 0.4, 0);
    const centred = centredMeans(model, human, 3, 3, new BlockArena());
    // Row 0: model mean .4, people .4. Row 1: model 1 (the same answer everywhere → 0), people .2.
    // Row 2: the middle cell has no model mean, so the means are over cells 0 and 2: model .3, people .1.
    const expectedModel = [-0.2, 0, 0.2, 0, 0, 0, 0.2, NaN, -0.2];
    const expectedHuman = [-0.3, 0.1, 0.2, -0.2, 0.1, 0.1, 0.1, NaN, -0.1];
    expect(rounded(centred.model)).toEqual(expectedModel);
    expect(rounded(centred.human)).toEqual(expectedHuman);
  });

  it('leaves a row without compared cells NaN', () => {
    const centred = centredMeans(Float64Array.of(NaN, NaN), Float64Array.of(0.1, 0.2), 1, 2, new BlockArena());
    expect([...centred.model, ...centred.human].every(Number.isNaN)).toBe(true);
  });
});
