import { describe, expect, it } from 'vitest';
import { inglehartWelzelParameters } from './inglehartWelzel.ts';
import type { IwProjectionFile } from './sources.ts';

/** A two-item toy projection with round numbers so the ground truth can be worked out by hand. */
function toyFile(groundtruth: IwProjectionFile['groundtruth']): IwProjectionFile {
  return {
    items: Array.from({ length: 10 }, (_, i) => `i${i}`),
    center: Array<number>(10).fill(0),
    scale: Array<number>(10).fill(2),
    // only item 0 loads on RC1 and item 1 on RC2
    weights: Array.from({ length: 10 }, (_, i): [number, number] => (i === 0 ? [1, 0] : i === 1 ? [0, 1] : [0, 0])),
    rc1: [2, 1],
    rc2: [3, -1],
    groundtruth,
  };
}

describe('inglehartWelzelParameters', () => {
  it('keeps the parameters and pairs each ground-truth output with its input', () => {
    // base input starts [2, 2, …]: z = 2/2 = 1 on both axes → RC1 = 2·1 + 1 = 3, RC2 = 3·1 − 1 = 2
    // soupiw input starts [3, 2, …]: z0 = 1.5 → RC1 = 2·1.5 + 1 = 4; z1 = 1 → RC2 = 2
    const params = inglehartWelzelParameters(toyFile({ base: [3, 2], soupiw: [4, 2] }));
    expect(params.rc1).toEqual([2, 1]);
    expect(params.groundtruth).toEqual([
      { input: [2, 2, 2, 1, 8, 8, 8, 3, 2, 1], output: [3, 2] },
      { input: [3, 2, 1, 1, 8, 8, 8, 3, 2, 0], output: [4, 2] },
    ]);
  });

  it('fails when the parameters do not reproduce a ground-truth point', () => {
    expect(() => inglehartWelzelParameters(toyFile({ base: [3, 2.1], soupiw: [4, 2] }))).toThrow(
      'iw_projection_final.json: groundtruth.base is (3, 2.1) but the parameters project its input to (3, 2).',
    );
  });

  it('fails when a ground-truth point is missing', () => {
    expect(() => inglehartWelzelParameters(toyFile({ base: [3, 2] }))).toThrow(
      'iw_projection_final.json has no groundtruth.soupiw.',
    );
  });

  it('fails when a parameter array does not have one entry per item', () => {
    const file = { ...toyFile({ base: [3, 2], soupiw: [4, 2] }), center: [0] };
    expect(() => inglehartWelzelParameters(file)).toThrow(
      'iw_projection_final.json: center has 1 entries, expected 10 (one per item).',
    );
  });
});
