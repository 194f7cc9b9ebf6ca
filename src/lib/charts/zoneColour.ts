import type { Zone } from '../survey/types';
import { okabeIto } from './okabeIto';

const zoneOrder: readonly Zone[] = [
  'African-Islamic',
  'Catholic Europe',
  'Confucian',
  'English-Speaking',
  'Latin America',
  'Orthodox Europe',
  'Protestant Europe',
  'West & South Asia',
];

/** One fixed Okabe–Ito colour per Inglehart–Welzel zone, the same in every chart. */
export function zoneColour(zone: Zone): string {
  const index = zoneOrder.indexOf(zone);
  if (index < 0)
    throw new Error(`zoneColour: unknown cultural zone "${zone}"; expected one of ${zoneOrder.join(', ')}.`);
  return okabeIto[index] ?? '#000000';
}

export const zones: readonly Zone[] = zoneOrder;
