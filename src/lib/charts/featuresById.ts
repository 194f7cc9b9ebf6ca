import type { Position } from 'geojson';
import type { CountryFeature } from './geoTypes';

function polygonsOf(feature: CountryFeature): Position[][][] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

/**
 * Index shapes by id, merging shapes that share one into a single MultiPolygon: world-atlas ships some territories
 * under their country's id (Ashmore and Cartier Islands is "036", like Australia), and a country should be one mark.
 * The first shape's name is kept.
 */
export function featuresById(features: readonly CountryFeature[]): Map<string, CountryFeature> {
  const index = new Map<string, CountryFeature>();
  for (const feature of features) {
    const existing = index.get(feature.id);
    if (!existing) {
      index.set(feature.id, feature);
      continue;
    }
    index.set(feature.id, {
      ...existing,
      geometry: { type: 'MultiPolygon', coordinates: [...polygonsOf(existing), ...polygonsOf(feature)] },
    });
  }
  return index;
}
