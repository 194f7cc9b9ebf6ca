import type { Country } from '../survey/types';
import { countrySetMean, type CountryValue } from './countrySetMean';
import type { WesternGap } from './types';

/**
 * Mean per-country score of Western minus non-Western countries (Country.western), with both member lists so the
 * grouping can be shown next to the number. Countries whose value is null are listed as undefinedMembers;
 * values of countries not in `countries` are ignored (their Western flag is unknown).
 */
export function westernGap(countries: readonly Country[], values: readonly CountryValue[]): WesternGap {
  const isWestern = new Map(countries.map((country) => [country.id, country.western]));
  const western = countrySetMean(values.filter((entry) => isWestern.get(entry.countryId) === true));
  const nonWestern = countrySetMean(values.filter((entry) => isWestern.get(entry.countryId) === false));
  return {
    western,
    nonWestern,
    gap: western.mean === null || nonWestern.mean === null ? null : western.mean - nonWestern.mean,
    gapInterval: null,
  };
}
