import type { Country } from '../../types.ts';

/** Maps a B_COUNTRY_ALPHA or B_COUNTRY cell to the index of the country in `countries`, or -1 if unknown. */
export type CountryCodeLookup = (cell: string) => number;

export function countryCodeLookup(countries: readonly Country[], kind: 'alpha' | 'numeric'): CountryCodeLookup {
  const indexOf = new Map<string, number>();
  countries.forEach((country, index) => {
    const key = kind === 'alpha' ? country.wvsAlpha.toUpperCase() : String(country.wvsCode);
    indexOf.set(key, index);
  });
  if (kind === 'alpha') return (cell) => indexOf.get(cell.trim().toUpperCase()) ?? -1;
  // Numeric cells may be written "76" or "76.0" depending on the exporting program.
  return (cell) => {
    const code = Number(cell);
    return cell.trim() === '' || !Number.isInteger(code) ? -1 : (indexOf.get(String(code)) ?? -1);
  };
}
