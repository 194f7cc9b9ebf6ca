import { ascending, group } from 'd3';
import type { Country, CountryId, Zone } from '../survey/types';
import { countrySetMean, type CountryValue } from './countrySetMean';
import type { TwoWayEstimate, ZoneMean } from './types';

/**
 * Mean per-country score per cultural zone, zones in alphabetical order; values of unknown countries are ignored.
 * `interval(zone)` gives a zone's two-way interval where the score has one (the per-country correlations).
 */
export function zoneMeans(
  countries: readonly Country[],
  values: readonly CountryValue[],
  interval: (zone: Zone) => TwoWayEstimate | null = () => null,
): ZoneMean[] {
  const zoneOf = new Map<CountryId, Country['zone']>(countries.map((country) => [country.id, country.zone]));
  const byZone = group(
    values.filter((entry) => zoneOf.has(entry.countryId)),
    (entry) => zoneOf.get(entry.countryId) as Country['zone'],
  );
  return [...byZone]
    .sort(([a], [b]) => ascending(a, b))
    .map(([zone, members]) => ({ zone, ...countrySetMean(members), interval: interval(zone) }));
}
