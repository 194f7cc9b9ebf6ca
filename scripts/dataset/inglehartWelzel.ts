import type { InglehartWelzelParameters } from '../../src/lib/survey/types.ts';
import type { IwProjectionFile } from './sources.ts';

/**
 * The raw item vectors behind the parameter file's two ground-truth points (in `items` order);
 * they appear only in the Tapestry code, not in the JSON (PROVENANCE §5).
 */
const GROUNDTRUTH_INPUTS: Readonly<Record<string, number[]>> = {
  base: [2, 2, 2, 1, 8, 8, 8, 3, 2, 1],
  soupiw: [3, 2, 1, 1, 8, 8, 8, 3, 2, 0],
};

/** The published reproduction error is ~6e-11; anything near this means a parameter was misread. */
const GROUNDTRUTH_TOLERANCE = 1e-8;

function project(p: Omit<InglehartWelzelParameters, 'groundtruth'>, input: readonly number[]): [number, number] {
  const s = [0, 0];
  input.forEach((x, i) => {
    const z = (x - (p.center[i] ?? Number.NaN)) / (p.scale[i] ?? Number.NaN);
    const [w0, w1] = p.weights[i] ?? [Number.NaN, Number.NaN];
    s[0] = (s[0] ?? 0) + z * w0;
    s[1] = (s[1] ?? 0) + z * w1;
  });
  return [p.rc1[0] * (s[0] ?? 0) + p.rc1[1], p.rc2[0] * (s[1] ?? 0) + p.rc2[1]];
}

/** The projection parameters with ground-truth pairs, after checking the parameters reproduce them. */
export function inglehartWelzelParameters(file: IwProjectionFile): InglehartWelzelParameters {
  const params = {
    items: file.items,
    center: file.center,
    scale: file.scale,
    weights: file.weights,
    rc1: file.rc1,
    rc2: file.rc2,
  };
  for (const key of ['center', 'scale', 'weights'] as const) {
    if (params[key].length !== params.items.length)
      throw new Error(
        `iw_projection_final.json: ${key} has ${params[key].length} entries, expected ${params.items.length} (one per item).`,
      );
  }
  const groundtruth = Object.entries(GROUNDTRUTH_INPUTS).map(([name, input]) => {
    const output = file.groundtruth[name];
    if (output === undefined) throw new Error(`iw_projection_final.json has no groundtruth.${name}.`);
    const projected = project(params, input);
    if (projected.some((value, axis) => !(Math.abs(value - (output[axis] ?? Number.NaN)) <= GROUNDTRUTH_TOLERANCE))) {
      throw new Error(
        `iw_projection_final.json: groundtruth.${name} is (${output.join(', ')}) but the parameters project its input to (${projected.join(', ')}).`,
      );
    }
    return { input, output };
  });
  return { ...params, groundtruth };
}
