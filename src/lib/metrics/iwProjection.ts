import type { InglehartWelzelParameters } from '../survey/types';
import type { IwPoint } from './types';

export type IwProjectionParameters = Pick<
  InglehartWelzelParameters,
  'items' | 'center' | 'scale' | 'weights' | 'rc1' | 'rc2'
>;

/**
 * Places a raw item vector (in params.items order) on the Inglehart–Welzel map with the published projection:
 * z = (x − center)/scale, s = z·weights, RC1 = rc1[0]·s[0] + rc1[1], RC2 = rc2[0]·s[1] + rc2[1].
 */
export function projectInglehartWelzel(params: IwProjectionParameters, raw: readonly number[]): IwPoint {
  if (raw.length !== params.items.length) {
    throw new Error(
      `Inglehart–Welzel: got ${raw.length} item values but the projection has ${params.items.length} items (${params.items.join(', ')})`,
    );
  }
  let s0 = 0;
  let s1 = 0;
  raw.forEach((x, i) => {
    const item = params.items[i];
    const center = params.center[i];
    const scale = params.scale[i];
    const weights = params.weights[i];
    if (center === undefined || scale === undefined || weights === undefined || !(scale !== 0)) {
      throw new Error(
        `Inglehart–Welzel: parameters for item ${item} are incomplete; check the dataset's inglehartWelzel block`,
      );
    }
    if (!Number.isFinite(x)) {
      throw new Error(`Inglehart–Welzel: item ${item} is ${x}; every item needs a finite value`);
    }
    const z = (x - center) / scale;
    s0 += z * weights[0];
    s1 += z * weights[1];
  });
  return [params.rc1[0] * s0 + params.rc1[1], params.rc2[0] * s1 + params.rc2[1]];
}
