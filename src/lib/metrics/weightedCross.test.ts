import { describe, expect, it } from 'vitest';
import {
  appendWeightedPairs,
  clearPairs,
  weightedMeanOfPairs,
  weightedPairs,
  weightedPearson,
  weightedPearsonOfPairs,
} from './weightedCross';

const f64 = (...values: number[]) => Float64Array.from(values);

// Cells 2 (weight 0) and 3 (model NaN) are left out; the rest are (1, 1) once, (2, 3) twice and (3, 2) once,
// i.e. the samples m = [1, 2, 2, 3] (mean 2) and h = [1, 3, 3, 2] (mean 9/4).
// dm = [-1, 0, 0, 1], dh = [-5/4, 3/4, 3/4, -1/4]: Σdm·dh = 5/4 − 1/4 = 1, Σdm² = 2,
// Σdh² = (25 + 9 + 9 + 1)/16 = 11/4, so r = 1/√(2 · 11/4) = 1/√5.5.
const model = f64(1, 2, 9, NaN, 3);
const human = f64(1, 3, 7, 5, 2);
const weights = f64(1, 2, 0, 4, 1);
const allCells = { start: 0, stride: 1, count: 5 };
const R = 1 / Math.sqrt(5.5);

describe('appendWeightedPairs', () => {
  it('keeps cells with a weight and a number on both sides, in order, with their weighted sums', () => {
    const pairs = appendWeightedPairs(weightedPairs(5), model, human, allCells, weights, 1);
    expect(pairs.length).toBe(3);
    expect(Array.from(pairs.weights.subarray(0, 3))).toEqual([1, 2, 1]);
    expect(Array.from(pairs.model.subarray(0, 3))).toEqual([1, 2, 3]);
    expect(Array.from(pairs.human.subarray(0, 3))).toEqual([1, 3, 2]);
    expect(pairs).toMatchObject({ total: 4, modelSum: 1 + 4 + 3, humanSum: 1 + 6 + 2 });
  });

  it('reads every stride-th cell, scales the weights and adds to what the pairs hold', () => {
    // A 2 × 3 grid, row-major; column 1 is cells 1 and 4.
    const grid = f64(0, 1, 0, 0, 2, 0);
    const pairs = appendWeightedPairs(weightedPairs(4), grid, grid, { start: 1, stride: 3, count: 2 }, f64(1, 3), 2);
    expect(pairs).toMatchObject({ length: 2, total: 2 + 6, modelSum: 2 * 1 + 6 * 2 });
    appendWeightedPairs(pairs, grid, grid, { start: 4, stride: 1, count: 1 }, f64(1), 1);
    expect(pairs).toMatchObject({ length: 3, total: 9, modelSum: 14 + 2 });
  });

  it('starts over after clearPairs', () => {
    const pairs = clearPairs(appendWeightedPairs(weightedPairs(5), model, human, allCells, weights, 1));
    expect(pairs).toMatchObject({ length: 0, total: 0, modelSum: 0, humanSum: 0 });
  });
});

describe('weightedMeanOfPairs', () => {
  it('is the weighted mean of the model side, null without pairs', () => {
    const pairs = appendWeightedPairs(weightedPairs(5), model, human, allCells, weights, 1);
    expect(weightedMeanOfPairs(pairs)).toBe(8 / 4);
    expect(weightedMeanOfPairs(weightedPairs(5))).toBeNull();
  });
});

describe('weightedPearsonOfPairs', () => {
  const pairsOf = (m: number[], h: number[], w: number[]) =>
    appendWeightedPairs(
      weightedPairs(m.length),
      f64(...m),
      f64(...h),
      { start: 0, stride: 1, count: m.length },
      f64(...w),
      1,
    );

  it('is r of the pairs with each repeated as often as its weight', () => {
    expect(weightedPearsonOfPairs(pairsOf([1, 2, 3], [1, 3, 2], [1, 2, 1]), false)).toBeCloseTo(R, 12);
  });

  it('counts repeats towards the three pairs r needs', () => {
    expect(weightedPearsonOfPairs(pairsOf([1, 2], [1, 3], [1, 1]), false)).toBeNull();
    // (1, 1) twice and (2, 3): three points on one line.
    expect(weightedPearsonOfPairs(pairsOf([1, 2], [1, 3], [2, 1]), false)).toBeCloseTo(1, 12);
  });

  it('is null when people do not vary; when only the model does not, 0 with the same-answer rule', () => {
    expect(weightedPearsonOfPairs(pairsOf([1, 2, 3], [4, 4, 4], [1, 1, 1]), true)).toBeNull();
    expect(weightedPearsonOfPairs(pairsOf([4, 4, 4], [1, 2, 3], [1, 1, 1]), true)).toBe(0);
    expect(weightedPearsonOfPairs(pairsOf([4, 4, 4], [1, 2, 3], [1, 1, 1]), false)).toBeNull();
  });
});

describe('weightedPearson', () => {
  it('is r of the given cells, whatever the scratch pairs held before', () => {
    const pairs = appendWeightedPairs(weightedPairs(5), human, model, allCells, weights, 1);
    expect(weightedPearson(pairs, model, human, allCells, weights, false)).toBeCloseTo(R, 12);
  });
});
