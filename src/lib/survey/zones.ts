/**
 * The Inglehart–Welzel cultural zones as in Tao et al. (2024), in the one order every consumer uses: the
 * dataset build and its JSON Schema, the dataset parser and the charts' fixed zone colours.
 */
export const ZONES = [
  'African-Islamic',
  'Catholic Europe',
  'Confucian',
  'English-Speaking',
  'Latin America',
  'Orthodox Europe',
  'Protestant Europe',
  'West & South Asia',
] as const;

export type Zone = (typeof ZONES)[number];
