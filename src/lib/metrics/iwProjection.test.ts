import { describe, expect, it } from 'vitest';
import { projectInglehartWelzel } from './iwProjection';
import { IW_PARAMETERS } from './testing/fixtures';

describe('projectInglehartWelzel', () => {
  it('reproduces the parameter file ground truth within 1e-6', () => {
    // groundtruth "base" and "soupiw" of iw_projection_final.json, inputs in items order
    const base = projectInglehartWelzel(IW_PARAMETERS, [2, 2, 2, 1, 8, 8, 8, 3, 2, 1]);
    expect(Math.abs(base[0] - 1.9708776837)).toBeLessThan(1e-6);
    expect(Math.abs(base[1] - 2.109577549)).toBeLessThan(1e-6);
    const soupiw = projectInglehartWelzel(IW_PARAMETERS, [3, 2, 1, 1, 8, 8, 8, 3, 2, 0]);
    expect(Math.abs(soupiw[0] - 1.1615774204)).toBeLessThan(1e-6);
    expect(Math.abs(soupiw[1] - 2.2364509534)).toBeLessThan(1e-6);
  });

  it('puts the centre vector at the intercepts', () => {
    // x = center → z = 0 → s = 0 → (rc1[1], rc2[1]) = (0.38, −0.01)
    const [rc1, rc2] = projectInglehartWelzel(IW_PARAMETERS, IW_PARAMETERS.center);
    expect(rc1).toBeCloseTo(0.38, 12);
    expect(rc2).toBeCloseTo(-0.01, 12);
  });

  it('moves along one loading for one item', () => {
    // a008 one scale unit above centre: z = (0,…,1 in slot 0) → s = weights[0] = (−0.23807309806, 0.49269801609)
    // RC1 = 1.81·(−0.23807309806) + 0.38 = −0.0509123075, RC2 = 1.61·0.49269801609 − 0.01 = 0.7832438059
    const raw = IW_PARAMETERS.center.map((c, i) => (i === 0 ? c + (IW_PARAMETERS.scale[0] as number) : c));
    const [rc1, rc2] = projectInglehartWelzel(IW_PARAMETERS, raw);
    expect(rc1).toBeCloseTo(-0.0509123075, 9);
    expect(rc2).toBeCloseTo(0.7832438059, 9);
  });

  it('rejects a vector of the wrong length or with NaN', () => {
    expect(() => projectInglehartWelzel(IW_PARAMETERS, [1, 2])).toThrow(
      'got 2 item values but the projection has 10 items',
    );
    expect(() => projectInglehartWelzel(IW_PARAMETERS, [NaN, 2, 2, 1, 8, 8, 8, 3, 2, 1])).toThrow('item a008 is NaN');
  });
});
