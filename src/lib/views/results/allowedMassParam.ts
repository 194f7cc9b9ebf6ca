import { LOW_ALLOWED_MASS } from '../../engines/lowAllowedMass';

/** The Results URL parameter that carries the allowed-mass threshold, so links and reloads keep it. */
export const ALLOWED_MASS_PARAM = 'mass';

/** The threshold a Results URL asks for: a number from 0 to 1, else (absent or not such a number) the default. */
export function allowedMassThresholdOf(params: URLSearchParams): number {
  const text = params.get(ALLOWED_MASS_PARAM);
  if (text === null || text.trim() === '') return LOW_ALLOWED_MASS;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : LOW_ALLOWED_MASS;
}

/** The URL parameters for a threshold: none for the default, so ordinary links stay short. */
export function allowedMassParams(threshold: number): Record<string, string | undefined> {
  return { [ALLOWED_MASS_PARAM]: threshold === LOW_ALLOWED_MASS ? undefined : String(threshold) };
}
