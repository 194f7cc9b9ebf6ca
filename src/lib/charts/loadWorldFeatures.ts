import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import type { CountryFeature } from './geoTypes';

/** Antarctica takes a fifth of the map's height and has no survey data. */
const ANTARCTICA_ID = '010';

/**
 * Turns the world-atlas TopoJSON into country shapes. Shapes without an id (disputed areas such as Somaliland,
 * Kosovo and N. Cyprus) are kept with an empty id so the map has no holes; they never match a country.
 */
export function parseWorldAtlas(topology: unknown): CountryFeature[] {
  const countries = (topology as Partial<Topology> | null)?.objects?.countries;
  if (!countries || countries.type !== 'GeometryCollection') {
    throw new Error(
      'World map file has no "objects.countries" geometry collection: reinstall world-atlas@2 (countries-50m.json).',
    );
  }
  const collection = feature(topology as Topology, countries as GeometryCollection<{ name: string }>);
  return collection.features
    .filter((shape) => shape.id !== ANTARCTICA_ID)
    .filter((shape) => shape.geometry.type === 'Polygon' || shape.geometry.type === 'MultiPolygon')
    .map((shape) => ({ ...shape, id: shape.id === undefined ? '' : String(shape.id) }) as CountryFeature);
}

let cached: Promise<CountryFeature[]> | undefined;

/** Fetches the 50m world map (≈750 KB, its own file so it stays out of the initial JavaScript) once per page. */
export function loadWorldFeatures(fetcher: typeof fetch = fetch): Promise<CountryFeature[]> {
  cached ??= fetcher(atlasUrl)
    .then((response) => {
      if (!response.ok)
        throw new Error(
          `World map download failed (HTTP ${response.status} for ${atlasUrl}); check your connection and retry.`,
        );
      return response.json() as Promise<unknown>;
    })
    .then(parseWorldAtlas)
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}
