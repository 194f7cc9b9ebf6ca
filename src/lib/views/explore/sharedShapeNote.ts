import type { Country } from '../../survey/types';

/**
 * Why a country's map shape does not show exactly its own sample: world-atlas has one shape for the United Kingdom,
 * while WVS surveys Great Britain and Northern Ireland separately. Null for everyone else.
 */
export function sharedShapeNote(country: Country, countries: readonly Country[]): string | null {
  if (!country.ownPolygon) {
    const owner = countries.find((other) => other.ownPolygon && other.atlasId === country.atlasId);
    return `${country.name} has no shape of its own on the map${owner ? ` (it lies within the shape coloured by ${owner.name})` : ''}; its numbers are in the bars and the table.`;
  }
  const guests = countries
    .filter((other) => !other.ownPolygon && other.atlasId === country.atlasId)
    .map((other) => other.name);
  if (guests.length === 0) return null;
  return `The shape also covers ${guests.join(' and ')}, surveyed separately: its colour is ${country.name}'s own sample.`;
}
