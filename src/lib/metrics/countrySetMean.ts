import { mean } from 'd3';
import type { CountryId } from '../survey/types';
import type { CountrySetMean } from './types';

/** A country's score, or null where it is undefined. */
export interface CountryValue {
  countryId: CountryId;
  value: number | null;
}

/** Mean of the defined values, listing which countries entered it and which had no defined value. */
export function countrySetMean(values: readonly CountryValue[]): CountrySetMean {
  const defined = values.filter((entry) => entry.value !== null);
  return {
    mean: mean(defined, (entry) => entry.value) ?? null,
    members: defined.map((entry) => entry.countryId),
    undefinedMembers: values.filter((entry) => entry.value === null).map((entry) => entry.countryId),
  };
}
