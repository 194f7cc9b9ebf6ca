/**
 * Map fills that are not data colours, shared by the map and its legend so they always match.
 * "No data" (a surveyed place without numbers for this question) is hatched; places outside the survey are flat
 * and darker than any light data colour, so a near-zero value (near white on a diverging ramp) is not read as missing.
 */
export const mapFills = {
  noDataBackground: '#f4f4f4',
  noDataStripe: '#b8b8b8',
  outside: '#c4c4c4',
  border: '#ffffff',
} as const;
