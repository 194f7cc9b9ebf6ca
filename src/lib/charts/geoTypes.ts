import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** A country shape from world-atlas: `id` is the zero-padded ISO 3166-1 numeric string ("020"), `name` its label. */
export interface CountryFeature extends Feature<Polygon | MultiPolygon, { name: string }> {
  id: string;
}
