/**
 * Map fills that are not data colours, shared by the map and its legend so they always match.
 * "No data" (a surveyed place without numbers for this question) is hatched; places outside the survey are flat.
 */
export const mapFills = {
  noDataBackground: '#f4f4f4',
  noDataStripe: '#b8b8b8',
  outside: '#e6e6e6',
  border: '#ffffff',
} as const;
