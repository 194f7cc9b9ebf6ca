import { ZONES, type Zone } from '../survey/zones';
import { okabeIto } from './okabeIto';

/** One fixed Okabe–Ito colour per Inglehart–Welzel zone, the same in every chart. */
export function zoneColour(zone: Zone): string {
  const index = ZONES.indexOf(zone);
  if (index < 0) throw new Error(`zoneColour: unknown cultural zone "${zone}"; expected one of ${ZONES.join(', ')}.`);
  return okabeIto[index] ?? '#000000';
}

/** The zones in legend order, which is their colour order. */
export const zones: readonly Zone[] = ZONES;
