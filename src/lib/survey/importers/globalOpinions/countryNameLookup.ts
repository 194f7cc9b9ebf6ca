import type { Country, CountryId } from '../../types.ts';
import { normaliseText } from './textSimilarity.ts';

/** Spellings seen in survey files for countries whose dataset name differs. Keys are normalised. */
const ALIASES: Record<string, CountryId> = {
  britain: 'GBR',
  'united kingdom': 'GBR',
  uk: 'GBR',
  'united states of america': 'USA',
  'u s': 'USA',
  usa: 'USA',
  's korea': 'KOR',
  korea: 'KOR',
  'korea south': 'KOR',
  'republic of korea': 'KOR',
  'czech republic': 'CZE',
  'russian federation': 'RUS',
  'hong kong sar': 'HKG',
  'hong kong sar china': 'HKG',
  macau: 'MAC',
  'macau sar': 'MAC',
  'macao sar': 'MAC',
  'taiwan roc': 'TWN',
  'viet nam': 'VNM',
  turkiye: 'TUR',
  'kyrgyz republic': 'KGZ',
  burma: 'MMR',
  'iran islamic republic of': 'IRN',
};

/** Maps a country name as written in GlobalOpinionQA to a dataset country id, or null. */
export function countryNameLookup(countries: readonly Country[]): (name: string) => CountryId | null {
  const byName = new Map<string, CountryId>();
  for (const country of countries) byName.set(normaliseText(country.name), country.id);
  const known = new Set(countries.map((country) => country.id));
  return (name) => {
    const key = normaliseText(name);
    const alias = ALIASES[key];
    return byName.get(key) ?? (alias !== undefined && known.has(alias) ? alias : null);
  };
}
