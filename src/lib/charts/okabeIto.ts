/**
 * Okabe & Ito's (2008) palette, distinguishable with every common colour-vision deficiency.
 * Charts draw reference marks (y = x, zero lines) in grey so that black stays a data colour.
 */
export const okabeIto = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
] as const;
