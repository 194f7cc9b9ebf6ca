import { geoArea, geoCentroid, type GeoProjection } from 'd3';
import type { CountryFeature } from './geoTypes';

/**
 * Shapes smaller than this solid angle (≈2,400 km²) get a circle marker, because at world scale they are a pixel or
 * less. It sits between Hong Kong (≈1,100 km², 2.5e-5 sr) and Cyprus (≈5,700 km² in the 50m atlas, 1.4e-4 sr).
 */
export const SMALL_FEATURE_STERADIANS = 6e-5;

/** Where to draw a circle for a shape too small to see, or null if the shape is visible on its own. */
export function smallFeatureMarker(
  feature: CountryFeature,
  projection: GeoProjection,
  maxSteradians = SMALL_FEATURE_STERADIANS,
): [number, number] | null {
  if (geoArea(feature) >= maxSteradians) return null;
  return projection(geoCentroid(feature)) ?? null;
}
